import type { MatchHousehold, MatchMember, MatchPosition } from './match-types';

/** Test builders: a household of one unemployed worker of 40 in 红花岗区, and a plain listed position. */
export const member = (o: Partial<MatchMember> = {}): MatchMember => ({
  id: 'm1',
  name: '张建国',
  age: 40,
  workStatus: 'UNEMPLOYED',
  health: 'GOOD',
  disabilityKind: null,
  schoolStage: 'NONE',
  skills: [],
  ...o,
});

export const household = (o: Partial<MatchHousehold> = {}): MatchHousehold => ({
  countyCode: '520302',
  monthlyIncomeFen: 100_000,
  memberCount: 3,
  members: [member()],
  ...o,
});

/** A listed position with nothing special about it: another prefecture, no care or skill fit. */
export const position = (o: Partial<MatchPosition> = {}): MatchPosition => ({
  id: 'p0',
  title: '普工',
  category: 'MANUFACTURING',
  divisionCode: '520502',
  salaryMinFen: 100_000,
  salaryMaxFen: 100_000,
  hours: 'FULL_TIME',
  skills: [],
  suitability: ['NO_HEAVY_LABOUR'],
  status: 'OPEN',
  validFrom: '2026-11-01',
  validTo: '2026-12-31',
  headcount: 3,
  filled: 0,
  ...o,
});
