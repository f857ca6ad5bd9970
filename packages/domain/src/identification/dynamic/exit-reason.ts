import { defineEnum, type EnumValue } from '../../common/labelled-enum';
import type { FileReviewOutcome } from './enums';

/** 退出类型: the form filed on exit (brief §3.1 step 11). */
export const ExitType = defineEnum({
  TUOKUN: { zh: '脱困', en: 'Out of hardship' },
  JIEKUN: { zh: '解困', en: 'Hardship relieved' },
  CANCEL: { zh: '注销/退档', en: 'Cancelled' },
});
export type ExitType = EnumValue<typeof ExitType>;

/**
 * 退出原因 (brief §3.1 step 11 and §3.4). The 2020 national close-out counted three groups:
 * 根本脱困, 因死亡、精准识别纠错等退出档案, and 转政府兜底加工会常态化帮扶; `closeOutGroup` maps to them.
 */
export const ExitReason = defineEnum({
  TUOKUN: {
    zh: '根本脱困(人均收入稳定高于低保边缘线)',
    en: 'Out of hardship (income stably above the line)',
  },
  JIEKUN: { zh: '解困(医、业、学、房、保落实)', en: 'Hardship relieved (five guarantees met)' },
  SAFETY_NET: {
    zh: '大病、残疾转政府兜底加工会常态化帮扶',
    en: 'Illness or disability: government safety net plus regular union help',
  },
  DEATH: { zh: '死亡', en: 'Death' },
  RETIREMENT: { zh: '退休', en: 'Retirement' },
  TRANSFER: { zh: '调动、迁出', en: 'Transfer or moved away' },
  FALSE_INFORMATION: { zh: '虚报、瞒报(精准识别纠错)', en: 'False information (identification correction)' },
  EXCLUSION: { zh: '不符合建档条件(精准识别纠错)', en: 'Not eligible (identification correction)' },
});
export type ExitReason = EnumValue<typeof ExitReason>;

/** The exit type each reason files under. */
export const EXIT_REASON_TYPE: Readonly<Record<ExitReason, ExitType>> = {
  TUOKUN: 'TUOKUN',
  JIEKUN: 'JIEKUN',
  SAFETY_NET: 'JIEKUN',
  DEATH: 'CANCEL',
  RETIREMENT: 'CANCEL',
  TRANSFER: 'CANCEL',
  FALSE_INFORMATION: 'CANCEL',
  EXCLUSION: 'CANCEL',
};

const OUTCOME_TYPE: Readonly<Record<Exclude<FileReviewOutcome, 'CONFIRM'>, ExitType>> = {
  EXIT_TUOKUN: 'TUOKUN',
  EXIT_JIEKUN: 'JIEKUN',
  CANCEL: 'CANCEL',
};

export function exitTypeOf(outcome: Exclude<FileReviewOutcome, 'CONFIRM'>): ExitType {
  return OUTCOME_TYPE[outcome];
}

/** Reasons a reviewer may give for a review outcome (none for CONFIRM). */
export function reasonsForOutcome(outcome: FileReviewOutcome): readonly ExitReason[] {
  if (outcome === 'CONFIRM') return [];
  const type = exitTypeOf(outcome);
  return ExitReason.values.filter((r) => EXIT_REASON_TYPE[r] === type);
}

export const CloseOutGroup = defineEnum({
  ROOT_EXIT: { zh: '根本脱困', en: 'Out of hardship for good' },
  LEFT_FILES: { zh: '因死亡、精准识别纠错等退出档案', en: 'Left the files (death, corrections…)' },
  SAFETY_NET: { zh: '转政府兜底加工会常态化帮扶', en: 'Government safety net plus regular help' },
});
export type CloseOutGroup = EnumValue<typeof CloseOutGroup>;

export function closeOutGroup(reason: ExitReason): CloseOutGroup {
  if (reason === 'TUOKUN' || reason === 'JIEKUN') return 'ROOT_EXIT';
  if (reason === 'SAFETY_NET') return 'SAFETY_NET';
  return 'LEFT_FILES';
}

/** Follow-up calls track how an exited family lives on; none after a death or a correction. */
export function needsFollowUp(reason: ExitReason): boolean {
  return !['DEATH', 'FALSE_INFORMATION', 'EXCLUSION'].includes(reason);
}
