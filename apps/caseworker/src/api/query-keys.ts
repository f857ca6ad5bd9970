import type { HouseholdListInput } from './types';

/** Every cache key in one place, so invalidation cannot miss a spelling. */
export const queryKeys = {
  me: ['auth', 'me'] as const,
  scopeOrgs: ['orgs', 'listScope'] as const,
  households: ['households'] as const,
  householdList: (input: HouseholdListInput) => ['households', 'list', input] as const,
  household: (id: string) => ['households', 'get', id] as const,
  householdHistory: (id: string) => ['households', 'history', id] as const,
};
