import type { RouterInputs, RouterOutputs } from '@bangfu/client';

/** Wire shapes of the procedures this app calls, read off `AppRouter`. */
export type Me = NonNullable<RouterOutputs['auth']['me']>;
export type ScopeOrg = RouterOutputs['orgs']['listScope'][number];
export type HouseholdPage = RouterOutputs['households']['list'];
export type HouseholdListItem = HouseholdPage['items'][number];
export type HouseholdListInput = RouterInputs['households']['list'];
export type HouseholdDetail = RouterOutputs['households']['get'];
export type HouseholdMember = HouseholdDetail['members'][number];
export type HistoryEntry = RouterOutputs['households']['history'][number];
export type HouseholdCreateInput = RouterInputs['households']['create'];
export type HouseholdUpdateInput = RouterInputs['households']['update'];
