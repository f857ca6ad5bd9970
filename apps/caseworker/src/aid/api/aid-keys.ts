/** Cache keys of the aid screens; everything sits under 'aid' so one write refreshes them all. */
export const aidKeys = {
  all: ['aid'] as const,
  plans: (householdId: string) => ['aid', 'plans', householdId] as const,
  cards: (householdId: string) => ['aid', 'cards', householdId] as const,
  payments: (input: object) => ['aid', 'payments', input] as const,
  recoveries: (input: object) => ['aid', 'recoveries', input] as const,
  ledger: (input: object) => ['aid', 'ledger', 'list', input] as const,
  balances: (orgId: string, year: number) => ['aid', 'ledger', 'balances', orgId, year] as const,
  campaigns: ['aid', 'festival'] as const,
  campaignList: (year: number | undefined) => ['aid', 'festival', 'list', year] as const,
  campaign: (id: string) => ['aid', 'festival', 'get', id] as const,
  campaignItems: (id: string, filter: object) => ['aid', 'festival', 'items', id, filter] as const,
  progress: (id: string) => ['aid', 'festival', 'progress', id] as const,
  workerRequests: (orgId: string, status: string | undefined) => ['aid', 'requests', orgId, status] as const,
};
