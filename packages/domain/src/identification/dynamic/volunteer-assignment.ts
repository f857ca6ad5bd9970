import { seededShuffle } from './seeded-random';

export interface AssignableHousehold {
  readonly id: string;
  readonly orgId: string;
}
export interface AvailableVolunteer {
  readonly userId: string;
  readonly homeOrgId: string;
}
export interface VisitAssignment {
  readonly householdId: string;
  readonly volunteerId: string;
}

/**
 * Picks up to `count` households at random (seeded) and gives each a random volunteer from
 * outside the household's own unit (independence rule: nobody verifies their own unit's files).
 * A household no independent volunteer can take is left out; the next one drawn takes its place.
 */
export function assignVolunteers(
  households: readonly AssignableHousehold[],
  volunteers: readonly AvailableVolunteer[],
  opts: { count: number; seed: string },
): { assignments: VisitAssignment[]; unassignable: number } {
  const order = seededShuffle(households, opts.seed, (h) => h.id);
  const pool = seededShuffle(volunteers, `${opts.seed}:volunteers`, (v) => v.userId);
  const assignments: VisitAssignment[] = [];
  let unassignable = 0;
  let turn = 0;
  for (const h of order) {
    if (assignments.length >= opts.count) break;
    const eligible = pool.filter((v) => v.homeOrgId !== h.orgId);
    // Round-robin over the eligible volunteers spreads the visits evenly.
    const v = eligible[turn % Math.max(eligible.length, 1)];
    if (!v) {
      unassignable++;
      continue;
    }
    turn++;
    assignments.push({ householdId: h.id, volunteerId: v.userId });
  }
  return { assignments, unassignable };
}
