import { z } from 'zod';
import type { HouseholdStatus } from '../../household/enums';
import type { Role } from '../../org/org';
import { hasAnyRole } from '../../org/permissions';

/**
 * Who sees matches. Both directions show household data (names of members), so each is limited to
 * the households of the actor's own org subtree; an employment officer at the province sees the
 * province's households, one at a prefecture only that prefecture's.
 */
export const MATCHING_ROLES: readonly Role[] = ['admin', 'caseworker', 'reviewer', 'employment_officer'];
export const canSeeMatches = (roles: readonly Role[]): boolean => hasAnyRole(roles, MATCHING_ROLES);

/** Filed households that may still be helped into work. */
export const MATCHABLE_STATUSES: readonly HouseholdStatus[] = ['FILED', 'AIDED', 'UNDER_REVIEW'];

const limit = z.number().int().min(1).max(50).default(10);
export const MatchForHouseholdSchema = z.object({ householdId: z.uuid(), limit });
export const MatchForPositionSchema = z.object({ positionId: z.uuid(), limit });
export type MatchForHouseholdInput = z.input<typeof MatchForHouseholdSchema>;
export type MatchForPositionInput = z.input<typeof MatchForPositionSchema>;
export type MatchForHousehold = z.output<typeof MatchForHouseholdSchema>;
export type MatchForPosition = z.output<typeof MatchForPositionSchema>;
