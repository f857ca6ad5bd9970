import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import type { Label } from '../../common/labelled-enum';
import { defineEnum } from '../../common/labelled-enum';
import { ClassificationInputSchema } from './classification-input';
import { FourLooksChecklistSchema } from './four-looks';

/** 黔西南 "一进二看三算四比五查六议" as the brief proposes to read it (§8.3, not found, [A]). */
export const SixStepCode = defineEnum({
  ENTER: { zh: '一进', en: '1 Enter the home' },
  LOOK: { zh: '二看', en: '2 Look' },
  CALCULATE: { zh: '三算', en: '3 Calculate' },
  COMPARE: { zh: '四比', en: '4 Compare' },
  VERIFY: { zh: '五查', en: '5 Verify' },
  DELIBERATE: { zh: '六议', en: '6 Deliberate' },
});
export type SixStepCode = (typeof SixStepCode.values)[number];

export interface SixStepDefinition {
  code: SixStepCode;
  no: number;
  label: Label;
  records: Label;
}

export const SIX_STEPS: readonly SixStepDefinition[] = [
  {
    code: 'ENTER',
    no: 1,
    label: SixStepCode.labels.ENTER,
    records: { zh: '入户走访记录,两名以上工作人员', en: 'Home-visit record, two or more staff' },
  },
  {
    code: 'LOOK',
    no: 2,
    label: SixStepCode.labels.LOOK,
    records: {
      zh: '住房、资产、劳动力、就学、健康(四看清单)',
      en: 'Housing, assets, labour, schooling, health (four-looks checklist)',
    },
  },
  {
    code: 'CALCULATE',
    no: 3,
    label: SixStepCode.labels.CALCULATE,
    records: { zh: '收入、刚性支出与月人均纯收入测算', en: 'Income, rigid spending and PCNI calculation' },
  },
  {
    code: 'COMPARE',
    no: 4,
    label: SixStepCode.labels.COMPARE,
    records: { zh: '与邻里、同行及认定标准比较', en: 'Comparison with neighbours, peers and thresholds' },
  },
  {
    code: 'VERIFY',
    no: 5,
    label: SixStepCode.labels.VERIFY,
    records: {
      zh: '民政核对;房产、车辆、工商核查;证件;邻里',
      en: 'Civil-affairs check; property, vehicle, business checks; documents; neighbours',
    },
  },
  {
    code: 'DELIBERATE',
    no: 6,
    label: SixStepCode.labels.DELIBERATE,
    records: { zh: '民主评议,之后公示与审批', en: 'Democratic assessment, then notice and approval' },
  },
];

export const VerificationSource = defineEnum({
  CIVIL_AFFAIRS_INCOME: { zh: '民政经济状况核对', en: 'Civil-affairs income check' },
  PROPERTY: { zh: '房产核查', en: 'Property check' },
  VEHICLE: { zh: '车辆核查', en: 'Vehicle check' },
  BUSINESS_REGISTRATION: { zh: '工商登记核查', en: 'Business registration check' },
  DOCUMENTS: { zh: '证件材料', en: 'Documents' },
  NEIGHBOURS: { zh: '邻里走访', en: 'Neighbours' },
});
export const VerificationResult = defineEnum({
  CONSISTENT: { zh: '一致', en: 'Consistent' },
  INCONSISTENT: { zh: '不一致', en: 'Inconsistent' },
  PENDING: { zh: '待反馈', en: 'Pending' },
});

const Note = z.string().trim().max(2000);

/** What each step records. The minimum number of surveyors is policy (checked with the policy). */
export const SixStepRecordSchemas = {
  ENTER: z.object({
    visitedOn: IsoDateSchema,
    surveyorIds: z.array(z.string().min(1)).min(1),
    householdPresent: z.boolean(),
    note: Note.optional(),
  }),
  LOOK: z.object({ checklist: FourLooksChecklistSchema }),
  CALCULATE: z.object({ input: ClassificationInputSchema }),
  COMPARE: z.object({
    neighbours: z.enum(['LOWER', 'SIMILAR', 'HIGHER']),
    neighbourNote: Note.min(1),
    peerNote: Note.optional(),
    thresholdNote: Note.optional(),
  }),
  VERIFY: z.object({
    checks: z
      .array(
        z.object({
          source: VerificationSource.schema,
          result: VerificationResult.schema,
          note: Note.optional(),
        }),
      )
      .min(1),
  }),
  DELIBERATE: z
    .object({
      meetingOn: IsoDateSchema,
      attendees: z.number().int().min(1).max(500),
      votesFor: z.number().int().min(0),
      votesAgainst: z.number().int().min(0),
      conclusion: z.enum(['AGREE', 'DISAGREE', 'DEFER']),
      minutesRef: z.string().max(200).optional(),
    })
    .refine((m) => m.votesFor + m.votesAgainst <= m.attendees, {
      message: '票数不能超过到会人数 / votes cannot exceed attendees',
      path: ['votesAgainst'],
    }),
} as const satisfies Record<SixStepCode, z.ZodType>;
export type SixStepRecord<C extends SixStepCode> = z.infer<(typeof SixStepRecordSchemas)[C]>;

/** The step to record next, in order; null once all six are recorded. */
export function nextSixStep(recordedCodes: readonly string[]): SixStepCode | null {
  return SIX_STEPS.find((s) => !recordedCodes.includes(s.code))?.code ?? null;
}

/** True when the visit had enough surveyors (distinct people) for the policy's minimum. */
export function hasEnoughSurveyors(surveyorIds: readonly string[], minSurveyors: number): boolean {
  return new Set(surveyorIds).size >= minSurveyors;
}
