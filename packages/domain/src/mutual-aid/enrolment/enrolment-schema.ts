import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { CountyCodeSchema } from '../../divisions';
import { PayerKind } from '../scheme/scheme-enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

const page = {
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(200).default(50),
};

export const TermYearSchema = z.number().int().min(2000).max(2100);
const planCode = z.string().trim().min(1).max(40);

/** 发布互助方案: a new version of a scheme; the body is checked against MutualAidSchemeSchema. */
export const SchemePublishSchema = z.object({
  body: z.unknown(),
  /** The newest version the editor read (0 for a new code); a stale one is a version conflict. */
  expectedVersion: z.number().int().min(0).optional(),
  note: z.string().trim().max(500).optional(),
});
export type SchemePublishInput = z.input<typeof SchemePublishSchema>;

export const SchemeListSchema = z.object({
  termYear: TermYearSchema.optional(),
  includeClosed: z.boolean().default(false),
});
export const SchemeIdSchema = z.object({ schemeId: z.uuid() });

/** 参加单位: an employer with its grassroots union, enrolling its staff. */
export const UnitInputSchema = z.object({
  orgId: z.uuid('请选择单位工会 / choose the unit union'),
  employerId: z.uuid().nullish(),
  name: text(100, '单位名称'),
  divisionCode: CountyCodeSchema,
  staffCount: z.number().int().min(0).max(1_000_000),
});
export type UnitInput = z.input<typeof UnitInputSchema>;
export const UnitListSchema = z.object({ q: z.string().trim().max(50).optional(), ...page });
export const UnitIdSchema = z.object({ unitId: z.uuid() });

/** The person being enrolled; birth date and sex come from the ID number. */
export const EnrolMemberSchema = z.object({
  name: text(50, '姓名'),
  idNumber: z.string().trim().min(1).max(30),
  sex: z.enum(['MALE', 'FEMALE']).optional(),
  inService: z.boolean(),
  unionMember: z.boolean(),
});
export type EnrolMember = z.infer<typeof EnrolMemberSchema>;

export const EnrolInputSchema = z.object({
  unitId: z.uuid(),
  schemeId: z.uuid(),
  planCodes: z.array(planCode).min(1, '请选择参加计划 / choose at least one plan').max(20),
  termYear: TermYearSchema,
  member: EnrolMemberSchema,
});
export type EnrolInput = z.input<typeof EnrolInputSchema>;

export const EnrolmentListSchema = z.object({
  unitId: z.uuid().optional(),
  schemeId: z.uuid().optional(),
  termYear: TermYearSchema.optional(),
  ...page,
});

/** 批量导入 from an .xlsx (base64): a dry run reports row by row and writes nothing. */
export const ImportEnrolmentsSchema = z.object({
  unitId: z.uuid(),
  schemeId: z.uuid(),
  termYear: TermYearSchema,
  fileBase64: z.string().min(1).max(14_000_000),
  dryRun: z.boolean(),
});
export type ImportEnrolmentsInput = z.input<typeof ImportEnrolmentsSchema>;

export const FundAccountsSchema = z.object({ schemeId: z.uuid() });

/** 出资到账: what one payer paid into a scheme's fund. */
export const PayerPaymentSchema = z.object({
  schemeId: z.uuid(),
  payer: PayerKind.schema,
  payerOrgId: z.uuid().nullish(),
  amountFen: FenSchema.refine((v) => v > 0, '金额必须大于0 / amount must be positive'),
  paidOn: IsoDateSchema,
  reference: text(100, '凭证号'),
});
export type PayerPaymentInput = z.input<typeof PayerPaymentSchema>;

const positiveFen = FenSchema.refine((v) => v > 0, '金额必须大于0 / amount must be positive');

/** 药房补助充值 for the 特困 members of one scheme or one union's subtree, once per member and year. */
export const PharmacyTopUpSchema = z
  .object({
    schemeId: z.uuid().optional(),
    orgId: z.uuid().optional(),
    year: TermYearSchema,
    amountFen: positiveFen,
    split: z
      .array(z.object({ payer: PayerKind.schema, fen: FenSchema }))
      .min(1)
      .max(6),
  })
  .refine((v) => Boolean(v.schemeId) !== Boolean(v.orgId), {
    message: '请指定互助方案或工会组织之一 / give either a scheme or a union',
    path: ['orgId'],
  })
  .refine((v) => v.split.reduce((s, p) => s + p.fen, 0) === v.amountFen, {
    message: '出资分摊之和应等于充值金额 / the split must add up to the amount',
    path: ['split'],
  });
export type PharmacyTopUpInput = z.input<typeof PharmacyTopUpSchema>;

export const PharmacyPurchaseSchema = z.object({
  accountId: z.uuid(),
  amountFen: positiveFen,
  pharmacy: text(100, '药房名称'),
  idempotencyKey: z.string().trim().min(8).max(100),
});
export type PharmacyPurchaseInput = z.input<typeof PharmacyPurchaseSchema>;

export const PharmacyAccountsSchema = z.object({ orgId: z.uuid(), year: TermYearSchema.optional() });
