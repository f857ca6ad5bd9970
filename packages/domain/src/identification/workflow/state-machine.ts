import { defineEnum, type EnumValue } from '../../common/labelled-enum';
import type { HouseholdStatus } from '../../household/enums';

/**
 * The events that move a household file through brief §3.2. Each event names the step a person
 * performed; the table below is the whole machine, and the server refuses anything not in it.
 */
export const IdentificationEvent = defineEnum({
  SUBMIT: { zh: '提交申请', en: 'Submit application' },
  RETURN: { zh: '退回', en: 'Return' },
  START_SURVEY: { zh: '初审通过并派员入户', en: 'Pass preliminary review, assign surveyors' },
  COMPLETE_SURVEY: { zh: '入户调查完成', en: 'Complete home survey' },
  REJECT: { zh: '不予建档', en: 'Reject' },
  SEND_TO_REVIEW: { zh: '提交民主评议', en: 'Send to democratic review' },
  REQUEST_INCOME_CHECK: { zh: '申请经济状况核对', en: 'Request income check' },
  INCOME_MISMATCH: { zh: '核对不符,重新调查', en: 'Income check mismatch: re-survey' },
  OPEN_NOTICE: { zh: '开始公示', en: 'Open public notice' },
  OBJECTION_UPHELD: { zh: '异议成立,重新调查', en: 'Objection upheld: re-survey' },
  CLOSE_NOTICE: { zh: '公示期满', en: 'Notice period over' },
  APPROVE: { zh: '审核通过,建档', en: 'Approve and file' },
  RECORD_AID: { zh: '实施帮扶', en: 'Record aid' },
  START_REVIEW: { zh: '启动复核', en: 'Start review' },
  CONFIRM: { zh: '复核保留', en: 'Confirm after review' },
  EXIT_TUOKUN: { zh: '脱困退出', en: 'Exit: out of hardship (脱困)' },
  EXIT_JIEKUN: { zh: '解困退出', en: 'Exit: hardship relieved (解困)' },
  CANCEL: { zh: '注销', en: 'Cancel file' },
});
export type IdentificationEvent = EnumValue<typeof IdentificationEvent>;

type Edge = readonly [from: readonly HouseholdStatus[], to: HouseholdStatus];

/** Brief §3.2 as data: event → (states it may leave from, state it leads to). */
export const TRANSITIONS: Readonly<Record<IdentificationEvent, Edge>> = {
  SUBMIT: [['DRAFT', 'RETURNED'], 'SUBMITTED'],
  RETURN: [['SUBMITTED', 'HIGHER_REVIEW'], 'RETURNED'],
  START_SURVEY: [['SUBMITTED'], 'SURVEYING'],
  COMPLETE_SURVEY: [['SURVEYING'], 'ASSESSED'],
  REJECT: [['ASSESSED', 'DEMOCRATIC_REVIEW', 'HIGHER_REVIEW'], 'REJECTED'],
  SEND_TO_REVIEW: [['ASSESSED'], 'DEMOCRATIC_REVIEW'],
  REQUEST_INCOME_CHECK: [['DEMOCRATIC_REVIEW'], 'INCOME_CHECK'],
  INCOME_MISMATCH: [['INCOME_CHECK'], 'SURVEYING'],
  OPEN_NOTICE: [['INCOME_CHECK'], 'PUBLIC_NOTICE'],
  OBJECTION_UPHELD: [['PUBLIC_NOTICE'], 'SURVEYING'],
  CLOSE_NOTICE: [['PUBLIC_NOTICE'], 'HIGHER_REVIEW'],
  APPROVE: [['HIGHER_REVIEW'], 'FILED'],
  RECORD_AID: [['FILED', 'AIDED'], 'AIDED'],
  START_REVIEW: [['FILED', 'AIDED'], 'UNDER_REVIEW'],
  CONFIRM: [['UNDER_REVIEW'], 'FILED'],
  EXIT_TUOKUN: [['UNDER_REVIEW'], 'EXITED_TUOKUN'],
  EXIT_JIEKUN: [['UNDER_REVIEW'], 'EXITED_JIEKUN'],
  CANCEL: [['UNDER_REVIEW'], 'CANCELLED'],
};

/** The shortest path from an application to a filed household: every step of §3.1, none skipped. */
export const FILING_PATH: readonly IdentificationEvent[] = [
  'SUBMIT',
  'START_SURVEY',
  'COMPLETE_SURVEY',
  'SEND_TO_REVIEW',
  'REQUEST_INCOME_CHECK',
  'OPEN_NOTICE',
  'CLOSE_NOTICE',
  'APPROVE',
];

/** The state an event leads to from `from`, or null when the step is out of order. */
export function nextStatus(from: HouseholdStatus, event: IdentificationEvent): HouseholdStatus | null {
  const [sources, to] = TRANSITIONS[event];
  return sources.includes(from) ? to : null;
}

/** The events a file in `status` may take next, in table order (what the UI offers). */
export function allowedEvents(status: HouseholdStatus): IdentificationEvent[] {
  return IdentificationEvent.values.filter((e) => TRANSITIONS[e][0].includes(status));
}

/** 脱困/解困/注销/不予建档 end the file; nothing leaves them (返困 is a new application). */
export function isTerminalStatus(status: HouseholdStatus): boolean {
  return allowedEvents(status).length === 0;
}

/** States in which aid may be recorded against the file ("先建档后帮扶", brief §3.2). */
export const AID_ELIGIBLE_STATUSES: readonly HouseholdStatus[] = ['FILED', 'AIDED'];
