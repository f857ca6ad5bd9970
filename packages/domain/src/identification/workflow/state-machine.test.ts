import { describe, expect, it } from 'vitest';
import { HouseholdStatus } from '../../household/enums';
import {
  allowedEvents,
  FILING_PATH,
  IdentificationEvent,
  isTerminalStatus,
  nextStatus,
  TRANSITIONS,
} from './state-machine';

describe('identification state machine (brief §3.2)', () => {
  it('walks the happy path from draft to aided', () => {
    const path: [IdentificationEvent, string][] = [
      ['SUBMIT', 'SUBMITTED'],
      ['START_SURVEY', 'SURVEYING'],
      ['COMPLETE_SURVEY', 'ASSESSED'],
      ['SEND_TO_REVIEW', 'DEMOCRATIC_REVIEW'],
      ['REQUEST_INCOME_CHECK', 'INCOME_CHECK'],
      ['OPEN_NOTICE', 'PUBLIC_NOTICE'],
      ['CLOSE_NOTICE', 'HIGHER_REVIEW'],
      ['APPROVE', 'FILED'],
      ['RECORD_AID', 'AIDED'],
      ['RECORD_AID', 'AIDED'],
    ];
    let state: HouseholdStatus = 'DRAFT';
    for (const [event, expected] of path) {
      const next = nextStatus(state, event);
      expect(next, `${event} from ${state}`).toBe(expected);
      state = next!;
    }
  });

  it('files a draft along FILING_PATH', () => {
    let state: HouseholdStatus | null = 'DRAFT';
    for (const event of FILING_PATH) state = state && nextStatus(state, event);
    expect(state).toBe('FILED');
  });

  it('refuses every event outside the table', () => {
    let refused = 0;
    for (const s of HouseholdStatus.values) {
      for (const e of IdentificationEvent.values) {
        const allowed = TRANSITIONS[e][0].includes(s);
        expect(nextStatus(s, e) !== null).toBe(allowed);
        if (!allowed) refused++;
      }
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('has no way out of an ended file', () => {
    for (const s of ['EXITED_TUOKUN', 'EXITED_JIEKUN', 'CANCELLED', 'REJECTED'] as const) {
      expect(isTerminalStatus(s)).toBe(true);
    }
    expect(isTerminalStatus('FILED')).toBe(false);
    expect(allowedEvents('PUBLIC_NOTICE')).toEqual(['OBJECTION_UPHELD', 'CLOSE_NOTICE']);
  });

  it('cannot skip public notice or democratic review on the way to filing', () => {
    expect(nextStatus('ASSESSED', 'APPROVE')).toBeNull();
    expect(nextStatus('DEMOCRATIC_REVIEW', 'OPEN_NOTICE')).toBeNull();
    expect(nextStatus('INCOME_CHECK', 'CLOSE_NOTICE')).toBeNull();
  });
});
