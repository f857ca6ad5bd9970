import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import type { Label } from '../../common/labelled-enum';
import { FenSchema } from '../../common/money';
import type { Sex } from '../../household/enums';
import { ClaimKind, type ClaimRefusal, DocumentKind } from './claim-enums';

const Icd10Schema = z
  .string()
  .regex(/^[A-Z]\d{2}(\.\d{1,4})?$/, 'ICD-10 编码格式如 C50.9 / ICD-10 like C50.9');

/** What the member (or the unit union) submits; amounts are in fen, from the hospital's bills. */
export const ClaimSchema = z
  .object({
    planCode: z.string().min(1),
    kind: ClaimKind.schema,
    /** Diagnosis or accident date; for a hospital stay, the admission date. */
    eventDate: IsoDateSchema,
    admissionDate: IsoDateSchema.optional(),
    dischargeDate: IsoDateSchema.optional(),
    /** The day the claim reached the union, for the claim window. */
    submittedOn: IsoDateSchema,
    icd10: Icd10Schema.optional(),
    firstDiagnosis: z.boolean(),
    totalCostFen: FenSchema,
    basicInsurancePaidFen: FenSchema,
    selfPayFen: FenSchema,
    /** 政策范围内个人自付: the part of self-pay inside the insurance catalogue. */
    policyScopeSelfPayFen: FenSchema,
    otherUnionAidFen: FenSchema,
    documents: z.array(DocumentKind.schema),
  })
  .superRefine((c, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.basicInsurancePaidFen + c.selfPayFen > c.totalCostFen)
      add('selfPayFen', '医保支付与自付之和超过总费用 / insurance plus self-pay exceed the total cost');
    if (c.policyScopeSelfPayFen > c.selfPayFen)
      add('policyScopeSelfPayFen', '政策范围内自付不能超过自付 / cannot exceed self-pay');
    if (c.kind === 'INPATIENT' && (!c.admissionDate || !c.dischargeDate))
      add(
        'dischargeDate',
        '住院申请须填写入院和出院日期 / a hospital stay needs admission and discharge dates',
      );
    if (c.admissionDate && c.dischargeDate && c.dischargeDate < c.admissionDate)
      add('dischargeDate', '出院日期早于入院日期 / discharge before admission');
    if (c.kind === 'DIAGNOSIS' && !c.icd10)
      add('icd10', '确诊申请须填写 ICD-10 编码 / a diagnosis claim needs its ICD-10 code');
    if (c.submittedOn < c.eventDate) add('submittedOn', '申请日期早于事件日期 / submitted before the event');
  });
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * An earlier claim of the same member under the same scheme. `baseFen` is what that claim counted
 * toward the year's base (AdjudicationResult.countedBaseFen), so a second stay in the year does not
 * pay the yearly deductible again and lands in the right band; missing means 0.
 */
export const ClaimHistoryEntrySchema = z.object({
  planCode: z.string().min(1),
  paidFen: FenSchema,
  baseFen: FenSchema.optional(),
  icd10: Icd10Schema.optional(),
  date: IsoDateSchema,
});
export type ClaimHistoryEntry = z.infer<typeof ClaimHistoryEntrySchema>;
export type ClaimHistory = ClaimHistoryEntry[];

/** The facts about the member adjudication needs; cover dates default from enrolment and term. */
export interface AdjudicationMember {
  hardship: boolean;
  enrolledOn: string;
  firstEnrolment: boolean;
  sex: Sex;
  birthDate: string;
  coverFrom?: string;
  coverTo?: string;
}

export interface AdjudicationStep {
  code: string;
  label: Label;
  amountFen?: number;
  ratePermille?: number;
  note?: Label;
}

export interface AdjudicationResult {
  payableFen: number;
  /** What this claim adds to the year's base; store it and pass it back in ClaimHistory. */
  countedBaseFen: number;
  steps: AdjudicationStep[];
  refused?: { code: ClaimRefusal; label: Label };
}
