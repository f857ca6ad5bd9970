import type { Label } from '../common/labelled-enum';
import type { HouseholdStatus } from '../household/enums';
import type { IdentificationEvent } from '../identification/workflow/state-machine';

/** Where a file stands, said to the worker in plain words (brief §3.2), Chinese first. */
export const STATUS_PLAIN_WORDS: Readonly<Record<HouseholdStatus, Label>> = {
  DRAFT: {
    zh: '申请还在填写中,尚未提交。',
    en: 'Your application is being filled in and not yet submitted.',
  },
  SUBMITTED: {
    zh: '申请已提交,工会正在初步审查材料。',
    en: 'Your application is in; the union is checking the papers.',
  },
  RETURNED: {
    zh: '材料需要补充,请按工会的说明补齐后再提交。',
    en: 'Some papers are missing; please complete them and submit again.',
  },
  SURVEYING: {
    zh: '工会将派两名工作人员上门了解家庭情况。',
    en: 'Two union staff will visit your home to learn about your situation.',
  },
  ASSESSED: {
    zh: '入户调查已完成,已按标准测算家庭收入。',
    en: 'The home visit is done and your household income has been worked out.',
  },
  DEMOCRATIC_REVIEW: {
    zh: '正在由职工代表进行民主评议。',
    en: 'Worker representatives are reviewing your case.',
  },
  INCOME_CHECK: {
    zh: '正在请民政部门核对家庭经济状况。',
    en: 'Civil affairs are checking your household finances.',
  },
  PUBLIC_NOTICE: {
    zh: '正在公示,公示期内任何人可以提出意见。',
    en: 'Your case is on public notice; anyone may comment during the notice period.',
  },
  HIGHER_REVIEW: {
    zh: '公示已结束,正在等待上级工会审核。',
    en: 'The notice is over; the higher union is reviewing your case.',
  },
  FILED: {
    zh: '已正式建档,工会将为您制定帮扶计划。',
    en: 'You are on file; the union will make an aid plan with you.',
  },
  AIDED: { zh: '正在按帮扶计划实施帮扶。', en: 'You are receiving aid under your plan.' },
  UNDER_REVIEW: {
    zh: '正在进行年度或变化复核。',
    en: 'Your file is being reviewed (yearly or after a change).',
  },
  EXITED_TUOKUN: {
    zh: '家庭已脱困,档案已办结。',
    en: 'Your household is out of hardship; the file is closed.',
  },
  EXITED_JIEKUN: {
    zh: '已解困,纳入兜底保障并继续得到工会关心。',
    en: 'Hardship relieved: covered by basic protection, with continued union support.',
  },
  CANCELLED: {
    zh: '档案已注销。如有疑问可提出申诉。',
    en: 'The file has been cancelled. You may appeal if you disagree.',
  },
  REJECTED: {
    zh: '经审核不予建档。如有疑问可提出申诉。',
    en: 'The application was not accepted. You may appeal if you disagree.',
  },
};

/** What may happen next, one line per event the file can still take. */
export const NEXT_STEP_WORDS: Readonly<Record<IdentificationEvent, Label>> = {
  SUBMIT: { zh: '提交申请材料', en: 'The application is submitted' },
  RETURN: { zh: '如材料不全,会退回请您补充', en: 'If papers are missing, they come back to you' },
  START_SURVEY: { zh: '初审通过后安排入户调查', en: 'After the first check, a home visit is arranged' },
  COMPLETE_SURVEY: { zh: '入户调查完成并测算收入', en: 'The home visit is finished and income worked out' },
  REJECT: { zh: '不符合条件的将不予建档', en: 'If not eligible, the application is not accepted' },
  SEND_TO_REVIEW: { zh: '提交民主评议', en: 'The case goes to the representatives' },
  REQUEST_INCOME_CHECK: { zh: '请民政部门核对经济状况', en: 'Civil affairs check the finances' },
  INCOME_MISMATCH: { zh: '核对结果不符时重新调查', en: 'If the check disagrees, a new visit is made' },
  OPEN_NOTICE: { zh: '在单位或社区公示', en: 'A public notice is posted' },
  OBJECTION_UPHELD: { zh: '如有成立的异议,重新调查', en: 'If an objection holds, a new visit is made' },
  CLOSE_NOTICE: { zh: '公示期满后报上级审核', en: 'After the notice, the higher union reviews' },
  APPROVE: { zh: '审核通过后正式建档', en: 'If approved, you are put on file' },
  RECORD_AID: { zh: '按计划发放帮扶', en: 'Aid is given under the plan' },
  START_REVIEW: { zh: '每年复核一次,情况变化时也会复核', en: 'A yearly review, or one after a change' },
  CONFIRM: { zh: '复核后继续帮扶', en: 'After review, aid continues' },
  EXIT_TUOKUN: { zh: '收入稳定达标后脱困退出', en: 'Exit once income is steadily above the line' },
  EXIT_JIEKUN: { zh: '纳入兜底保障后解困退出', en: 'Exit into basic protection' },
  CANCEL: { zh: '情况不再符合时注销', en: 'Cancelled if no longer eligible' },
};

/** Steps whose note is the reason the worker is owed (a return or a refusal); other notes are internal. */
export const EVENTS_WITH_REASON: readonly IdentificationEvent[] = ['RETURN', 'REJECT', 'CANCEL'];
