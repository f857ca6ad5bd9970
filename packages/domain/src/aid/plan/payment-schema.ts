import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { AidProgramme, AidRequestStatus, ApprovalDecision, FundingSource } from './aid-enums';

const version = z.number().int().min(1);
const PositiveFenSchema = FenSchema.min(1, '金额必须大于0 / amount must be above zero');

/** A client-chosen key: the same key twice is one request (retries, double clicks). */
export const IdempotencyKeySchema = z
  .string()
  .trim()
  .min(8, '幂等键至少8位 / idempotency key too short')
  .max(200);

/** The standard clause a payment rests on, and the policy version it was decided under. */
export const AidBasisSchema = z.object({
  clause: z.string().min(1).max(200),
  policyKind: z.string().max(64).optional(),
  policyVersion: z.number().int().min(0).optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type AidBasis = z.infer<typeof AidBasisSchema>;

export const PaymentRequestSchema = z.object({
  idempotencyKey: IdempotencyKeySchema,
  householdId: z.uuid(),
  measureId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  programme: AidProgramme.schema,
  amountFen: PositiveFenSchema,
  fundingSource: FundingSource.schema,
  /** The planned payment date; the business date when absent. */
  paidOn: IsoDateSchema.nullish().transform((v) => v ?? null),
  /** 医疗救助: the self-paid medical cost the aid is measured against (brief §6.2). */
  selfPaidFen: FenSchema.nullish().transform((v) => v ?? null),
  note: z.string().trim().min(1, '请填写申请说明 / add a note').max(1000),
});
export type PaymentRequestInput = z.input<typeof PaymentRequestSchema>;
export type PaymentRequest = z.output<typeof PaymentRequestSchema>;

export const PaymentApproveSchema = z.object({
  requestId: z.uuid(),
  expectedVersion: version,
  decision: ApprovalDecision.schema,
  reason: z.string().trim().min(1, '请填写审批意见 / give a reason').max(1000),
  /** 全总批复文号: a province approver records ACFTU approval with it. */
  externalApprovalRef: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
});
export type PaymentApprove = z.output<typeof PaymentApproveSchema>;

export const PaymentPaySchema = z.object({ requestId: z.uuid(), expectedVersion: version });
export type PaymentPay = z.infer<typeof PaymentPaySchema>;

export const PaymentListSchema = z.object({
  householdId: z.uuid().optional(),
  status: AidRequestStatus.schema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type PaymentListQuery = z.output<typeof PaymentListSchema>;

export const RecoveryOpenSchema = z.object({
  householdId: z.uuid(),
  reason: z.string().trim().min(1, '请填写追回原因 / give a reason').max(1000),
  source: z.literal('CORRECTION'),
});
export type RecoveryOpen = z.infer<typeof RecoveryOpenSchema>;

export const RecoverySettleSchema = z.object({
  recoveryId: z.uuid(),
  expectedVersion: version,
  settledOn: IsoDateSchema,
});
export type RecoverySettle = z.infer<typeof RecoverySettleSchema>;

export const RecoveryWaiveSchema = z.object({
  recoveryId: z.uuid(),
  expectedVersion: version,
  reason: z.string().trim().min(1, '请填写核销原因 / give a reason').max(1000),
});
export type RecoveryWaive = z.infer<typeof RecoveryWaiveSchema>;

export const RecoveryListSchema = z.object({
  householdId: z.uuid().optional(),
  status: z.enum(['DUE', 'SETTLED', 'WAIVED']).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type RecoveryListQuery = z.output<typeof RecoveryListSchema>;

const YearSchema = z.number().int().min(2000).max(2100);

export const LedgerListSchema = z
  .object({
    householdId: z.uuid().optional(),
    orgId: z.uuid().optional(),
    year: YearSchema.optional(),
    programme: AidProgramme.schema.optional(),
    fundingSource: FundingSource.schema.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !(q.householdId && q.orgId), {
    message: '按户或按组织查询,二选一 / give a household or a union, not both',
    path: ['orgId'],
  });
export type LedgerListQuery = z.output<typeof LedgerListSchema>;

export const LedgerYearSchema = z.object({ orgId: z.uuid(), year: YearSchema });
export type LedgerYearQuery = z.infer<typeof LedgerYearSchema>;
