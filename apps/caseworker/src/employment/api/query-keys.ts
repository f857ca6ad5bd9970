import type { EmployerListInput, FairListInput, PositionListInput } from './types';

/** Cache keys of the employment screens; everything sits under 'employment' for one invalidation. */
export const employmentKeys = {
  all: ['employment'] as const,
  employers: ['employment', 'employers'] as const,
  employerList: (input: EmployerListInput) => ['employment', 'employers', 'list', input] as const,
  employer: (id: string) => ['employment', 'employers', 'get', id] as const,
  positions: ['employment', 'positions'] as const,
  positionList: (input: PositionListInput) => ['employment', 'positions', 'list', input] as const,
  position: (id: string) => ['employment', 'positions', 'get', id] as const,
  fairs: ['employment', 'fairs'] as const,
  fairList: (input: FairListInput) => ['employment', 'fairs', 'list', input] as const,
  fair: (id: string) => ['employment', 'fairs', 'get', id] as const,
  /** Matches move with positions, so they sit under 'employment' and refresh with them. */
  householdMatches: (id: string) => ['employment', 'matching', 'household', id] as const,
  positionMatches: (id: string) => ['employment', 'matching', 'position', id] as const,
  /** Training changes skills, which move matches: both sit under 'employment'. */
  courses: ['employment', 'training', 'courses'] as const,
  householdTraining: (id: string) => ['employment', 'training', 'household', id] as const,
  householdPlacements: (id: string) => ['employment', 'placements', 'household', id] as const,
};
