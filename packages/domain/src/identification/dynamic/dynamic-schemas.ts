import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { HardshipCategory } from '../../household/enums';
import { PhoneSchema } from '../../household/household-schema';
import { FileReviewOutcome, FollowUpOutcome, ReferralStatus, VisitOutcome } from './enums';
import { ExitReason, reasonsForOutcome } from './exit-reason';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

/** A seed anyone can type again to replay a random draw. */
export const DrawSeedSchema = text(64, '随机种子');
const version = z.number().int().min(1);

export const RegisterVolunteerSchema = z.object({
  userId: z.uuid(),
  association: text(100, '所属志愿者组织'),
  homeOrgId: z.uuid('请选择志愿者所在单位 / choose the volunteer’s own unit'),
});
export type RegisterVolunteer = z.output<typeof RegisterVolunteerSchema>;

export const AssignVerificationsSchema = z.object({
  orgId: z.uuid(),
  count: z.number().int().min(1).max(500),
  seed: DrawSeedSchema,
});
export type AssignVerifications = z.output<typeof AssignVerificationsSchema>;

export const RecordVerificationSchema = z.object({
  visitId: z.uuid(),
  expectedVersion: version.optional(),
  findings: text(2000, '核查情况'),
  outcome: VisitOutcome.schema,
});
export type RecordVerification = z.output<typeof RecordVerificationSchema>;

export const ReferSchema = z.object({
  orgId: z.uuid(),
  personName: text(50, '姓名'),
  phone: PhoneSchema.nullish().transform((v) => v ?? null),
  addressNote: text(200, '居住地(社区)'),
  reason: text(500, '困难情况'),
});
export type Refer = z.output<typeof ReferSchema>;

export const ReferralListSchema = z.object({
  orgId: z.uuid(),
  status: ReferralStatus.schema.optional(),
});
export type ReferralList = z.output<typeof ReferralListSchema>;

export const ConvertReferralSchema = z.object({
  referralId: z.uuid(),
  householdId: z.uuid(),
  expectedVersion: version.optional(),
});
export type ConvertReferral = z.output<typeof ConvertReferralSchema>;

export const ReportChangeSchema = z.object({
  householdId: z.uuid(),
  expectedVersion: version,
  summary: text(1000, '变化情况'),
});
export type ReportChange = z.output<typeof ReportChangeSchema>;

export const StartReviewsSchema = z
  .object({
    orgId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    mode: z.enum(['ALL', 'RANDOM']),
    seed: DrawSeedSchema.optional(),
  })
  .refine((v) => v.mode === 'ALL' || v.seed !== undefined, {
    path: ['seed'],
    message: '随机复核需要随机种子 / a random review needs a seed',
  });
export type StartReviews = z.output<typeof StartReviewsSchema>;

export const CompleteReviewSchema = z
  .object({
    householdId: z.uuid(),
    expectedVersion: version,
    outcome: FileReviewOutcome.schema,
    reason: ExitReason.schema.nullish().transform((v) => v ?? null),
    effectiveDate: IsoDateSchema,
    recomputedPcniFen: FenSchema.nullish().transform((v) => v ?? null),
    newCategory: HardshipCategory.schema.nullish().transform((v) => v ?? null),
    reportToHigher: z.boolean().default(true),
    note: z
      .string()
      .trim()
      .max(1000)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    const allowed = reasonsForOutcome(v.outcome);
    if (v.outcome === 'CONFIRM' ? v.reason !== null : !v.reason || !allowed.includes(v.reason)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `退出原因与复核结论不符 / reason must be one of: ${allowed.join(', ') || 'none'}`,
      });
    }
    if (v.outcome !== 'CONFIRM' && v.newCategory) {
      ctx.addIssue({
        code: 'custom',
        path: ['newCategory'],
        message: '退出的档案不能改类别 / an exited file keeps its category',
      });
    }
  });
export type CompleteReview = z.output<typeof CompleteReviewSchema>;

export const FollowUpsDueSchema = z.object({ orgId: z.uuid(), before: IsoDateSchema.optional() });
export type FollowUpsDue = z.output<typeof FollowUpsDueSchema>;

export const RecordFollowUpSchema = z.object({
  callId: z.uuid(),
  expectedVersion: version.optional(),
  outcome: FollowUpOutcome.schema,
  note: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((v) => v || null),
});
export type RecordFollowUp = z.output<typeof RecordFollowUpSchema>;

export const ReenterSchema = z.object({ previousHouseholdId: z.uuid() });
export type Reenter = z.output<typeof ReenterSchema>;
