/** Cache keys of the 医疗互助 screens; everything sits under 'mutual-aid' so one write refreshes them all. */
export const maKeys = {
  all: ['mutual-aid'] as const,
  schemes: (includeClosed: boolean) => ['mutual-aid', 'schemes', includeClosed] as const,
  units: (q: string) => ['mutual-aid', 'units', q] as const,
  enrolments: (input: object) => ['mutual-aid', 'enrolments', input] as const,
  accounts: (schemeId: string) => ['mutual-aid', 'accounts', schemeId] as const,
  claims: (input: object) => ['mutual-aid', 'claims', input] as const,
  claim: (id: string) => ['mutual-aid', 'claim', id] as const,
  statistics: (input: object) => ['mutual-aid', 'statistics', input] as const,
  pharmacy: (orgId: string, year: number | undefined) => ['mutual-aid', 'pharmacy', orgId, year] as const,
};
