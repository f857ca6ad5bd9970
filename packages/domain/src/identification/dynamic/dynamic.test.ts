import { describe, expect, it } from 'vitest';
import { CompleteReviewSchema } from './dynamic-schemas';
import { closeOutGroup, EXIT_REASON_TYPE, ExitReason, reasonsForOutcome } from './exit-reason';
import { addMonthsClamped, dateAfterDays, followUpSchedule } from './follow-up-schedule';
import { reviewDueSelection } from './review-due';
import { seededShuffle } from './seeded-random';
import { assignVolunteers } from './volunteer-assignment';

describe('followUpSchedule', () => {
  it('schedules 12 monthly calls, landing on the month end when the day does not exist', () => {
    const dates = followUpSchedule('2026-01-31');
    expect(dates).toHaveLength(12);
    expect(dates.slice(0, 3)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(dates[11]).toBe('2027-01-31');
    expect(followUpSchedule('2027-12-31', 2)).toEqual(['2028-01-31', '2028-02-29']);
  });
  it.each([
    ['2026-11-29', 1, '2026-12-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s plus %i months is %s', (from, months, to) => {
    expect(addMonthsClamped(from, months)).toBe(to);
  });
  it('adds days across a year end', () => expect(dateAfterDays('2026-12-20', 14)).toBe('2027-01-03'));
});

describe('exit reasons', () => {
  it('files every reason under one exit type and one national close-out group', () => {
    expect(reasonsForOutcome('EXIT_TUOKUN')).toEqual(['TUOKUN']);
    expect(reasonsForOutcome('EXIT_JIEKUN')).toEqual(['JIEKUN', 'SAFETY_NET']);
    expect(reasonsForOutcome('CANCEL')).toEqual([
      'DEATH',
      'RETIREMENT',
      'TRANSFER',
      'FALSE_INFORMATION',
      'EXCLUSION',
    ]);
    expect(ExitReason.values.every((r) => EXIT_REASON_TYPE[r])).toBe(true);
    expect([closeOutGroup('TUOKUN'), closeOutGroup('SAFETY_NET'), closeOutGroup('DEATH')]).toEqual([
      'ROOT_EXIT',
      'SAFETY_NET',
      'LEFT_FILES',
    ]);
  });
  it('refuses a reason that does not fit the outcome, and a reason on CONFIRM', () => {
    const base = {
      householdId: '0190a0a0-0000-7000-8000-000000000001',
      expectedVersion: 3,
      effectiveDate: '2026-11-29',
    };
    expect(CompleteReviewSchema.safeParse({ ...base, outcome: 'CANCEL', reason: 'TUOKUN' }).success).toBe(
      false,
    );
    expect(CompleteReviewSchema.safeParse({ ...base, outcome: 'CANCEL', reason: 'DEATH' }).success).toBe(
      true,
    );
    expect(CompleteReviewSchema.safeParse({ ...base, outcome: 'CONFIRM', reason: 'DEATH' }).success).toBe(
      false,
    );
    expect(CompleteReviewSchema.safeParse({ ...base, outcome: 'CONFIRM' }).success).toBe(true);
  });
});

describe('seeded draws', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `h${String(i).padStart(2, '0')}`);
  it('replays the same order from the same seed, whatever the input order', () => {
    const a = seededShuffle(ids, 'seed-1', (x) => x);
    expect(seededShuffle([...ids].reverse(), 'seed-1', (x) => x)).toEqual(a);
    expect(seededShuffle(ids, 'seed-2', (x) => x)).not.toEqual(a);
    expect([...a].sort()).toEqual(ids);
  });

  it('never gives a household to a volunteer of its own unit', () => {
    const households = ids.map((id, i) => ({ id, orgId: i % 2 ? 'unitA' : 'unitB' }));
    const volunteers = [
      { userId: 'vA', homeOrgId: 'unitA' },
      { userId: 'vB', homeOrgId: 'unitB' },
    ];
    const { assignments } = assignVolunteers(households, volunteers, { count: 30, seed: 's' });
    expect(assignments).toHaveLength(30);
    for (const a of assignments) {
      const h = households.find((x) => x.id === a.householdId)!;
      expect(volunteers.find((v) => v.userId === a.volunteerId)!.homeOrgId).not.toBe(h.orgId);
    }
    const onlyA = assignVolunteers(households, [volunteers[0]!], { count: 30, seed: 's' });
    expect(onlyA.assignments).toHaveLength(15);
    expect(onlyA.unassignable).toBe(15);
  });
});

describe('reviewDueSelection', () => {
  const opts = { asOf: '2026-11-29', seed: 'r', sharePermille: 300, accidentReviewMonths: 12 };
  const candidates = [
    { id: 'a', category: 'DEEP' as const, filedOn: '2025-01-10', reviewedThisYear: [] },
    { id: 'b', category: 'ACCIDENT' as const, filedOn: '2025-06-01', reviewedThisYear: [] },
    { id: 'c', category: 'ACCIDENT' as const, filedOn: '2026-06-01', reviewedThisYear: [] },
    { id: 'd', category: 'RELATIVE' as const, filedOn: '2025-01-10', reviewedThisYear: ['ANNUAL' as const] },
  ];
  it('takes every file not yet reviewed this year, accident files that are due as ACCIDENT_DUE', () => {
    expect(reviewDueSelection(candidates, { ...opts, mode: 'ALL' })).toEqual([
      { householdId: 'a', reason: 'ANNUAL' },
      { householdId: 'b', reason: 'ACCIDENT_DUE' },
      { householdId: 'c', reason: 'ANNUAL' },
    ]);
  });
  it('draws ceil(share × files) at random, reproducibly', () => {
    const drawn = reviewDueSelection(candidates, { ...opts, mode: 'RANDOM' });
    expect(drawn).toHaveLength(2);
    expect(reviewDueSelection(candidates, { ...opts, mode: 'RANDOM' })).toEqual(drawn);
    const reviewed = candidates.map((c) =>
      c.id === drawn[0]?.householdId ? { ...c, reviewedThisYear: ['RANDOM' as const] } : c,
    );
    // The year's quota (2 of 4) is topped up, not drawn again.
    expect(reviewDueSelection(reviewed, { ...opts, mode: 'RANDOM' })).toHaveLength(1);
  });
});
