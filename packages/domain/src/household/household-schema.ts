import { z } from 'zod';
import { FenSchema } from '../common/money';
import { CountyCodeSchema } from '../divisions';
import { IdNumberSchema } from '../id-number';
import {
  AreaBand,
  CATEGORIES_BY_STANDARD,
  DisabilityGrade,
  DisabilityKind,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HousingType,
  Industry,
  MedicalInsurance,
  Relation,
  SchoolStage,
  StandardVersion,
  WorkStatus,
} from './enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}字 / at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号码应为11位 / phone must be an 11-digit mobile number');

export const BankAccountSchema = z.object({
  bankName: text(50, '开户银行'),
  branchName: optionalText(100),
  accountNumber: z
    .string()
    .trim()
    .transform((s) => s.replaceAll(' ', ''))
    .pipe(z.string().regex(/^\d{12,30}$/, '银行卡号应为12至30位数字 / account number must be 12–30 digits'))
    // On edit, leaving it out keeps the stored (encrypted) number unseen.
    .optional(),
});
export type BankAccountInput = z.input<typeof BankAccountSchema>;

/**
 * A family member (家庭成员) as a caseworker enters it. Birth date and sex are derived from the
 * ID number on the server, never typed twice (brief §9 rule 7).
 * An existing member (with `id`) may omit `idNumber` to keep the stored one unseen.
 */
export const MemberInputSchema = z.object({
  id: z.uuid().optional(),
  name: text(50, '姓名'),
  relation: Relation.schema,
  idNumber: IdNumberSchema.optional(),
  ethnicity: z.string().trim().max(20).default('汉族'),
  health: HealthStatus.schema,
  disabilityKind: DisabilityKind.schema.nullish().transform((v) => v ?? null),
  disabilityGrade: DisabilityGrade.schema.nullish().transform((v) => v ?? null),
  workStatus: WorkStatus.schema,
  monthlyIncomeFen: FenSchema,
  schoolStage: SchoolStage.schema,
  medicalInsurance: MedicalInsurance.schema,
  // Left out on an existing member, the stored (encrypted) phone is kept; null removes it.
  phone: PhoneSchema.nullish(),
});
export type MemberInput = z.input<typeof MemberInputSchema>;
export type Member = z.output<typeof MemberInputSchema>;

const householdFields = {
  divisionCode: CountyCodeSchema,
  address: text(200, '家庭住址'),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '邮政编码应为6位数字 / postal code must be 6 digits')
    .nullish()
    .transform((v) => v ?? null),
  housingType: HousingType.schema,
  areaBand: AreaBand.schema,
  standardVersion: StandardVersion.schema,
  category: HardshipCategory.schema,
  mainCause: HardshipCause.schema,
  secondaryCauses: z.array(HardshipCause.schema).max(3, '次要致困原因最多3项 / at most 3 secondary causes'),
  causeNote: optionalText(200),
  otherAnnualIncomeFen: FenSchema,
  unionMember: z.boolean(),
  unionCardNo: optionalText(30),
  employerName: optionalText(100),
  industry: Industry.schema.nullish().transform((v) => v ?? null),
  singleParent: z.boolean(),
  zeroEmployment: z.boolean(),
  selfHelpCapacity: z.boolean(),
  bankAccount: BankAccountSchema.nullish().transform((v) => v ?? null),
  members: z.array(MemberInputSchema).min(1, '至少一名家庭成员 / at least one member').max(20),
};

type FieldsOut = z.output<z.ZodObject<typeof householdFields>>;

/** Cross-field rules shared by create and update. */
function refineHousehold(h: FieldsOut, ctx: z.RefinementCtx): void {
  if (!CATEGORIES_BY_STANDARD[h.standardVersion].includes(h.category)) {
    ctx.addIssue({
      code: 'custom',
      path: ['category'],
      message: '困难类别与认定标准版本不符 / category does not belong to the chosen standard',
    });
  }
  if (
    new Set(h.secondaryCauses).size !== h.secondaryCauses.length ||
    h.secondaryCauses.includes(h.mainCause)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['secondaryCauses'],
      message:
        '次要致困原因不能重复或与主要原因相同 / secondary causes must be distinct from each other and the main cause',
    });
  }
  const selves = h.members.filter((m) => m.relation === 'SELF').length;
  if (selves !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['members'],
      message: '家庭成员中必须有且只有一名“本人” / exactly one member must be the worker (本人)',
    });
  }
  const seen = new Map<string, number>();
  h.members.forEach((m, i) => {
    if (!m.id && !m.idNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['members', i, 'idNumber'],
        message: '请填写身份证号 / ID number is required',
      });
    }
    if (!m.idNumber) return;
    const prev = seen.get(m.idNumber);
    if (prev !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['members', i, 'idNumber'],
        message: `身份证号与第${prev + 1}位成员重复 / same ID number as member ${prev + 1}`,
      });
    }
    seen.set(m.idNumber, i);
  });
  h.members.forEach((m, i) => {
    if ((m.disabilityKind === null) !== (m.disabilityGrade === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['members', i, 'disabilityGrade'],
        message: '残疾类别与等级须同时填写 / disability kind and grade go together',
      });
    }
  });
}

export const HouseholdCreateSchema = z
  .object({ orgId: z.uuid('请选择建档单位 / choose the filing union'), ...householdFields })
  .superRefine(refineHousehold)
  .superRefine((h, ctx) => {
    if (h.bankAccount && !h.bankAccount.accountNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['bankAccount', 'accountNumber'],
        message: '请填写银行卡号 / account number is required',
      });
    }
    h.members.forEach((m, i) => {
      if (m.id)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'id'],
          message: '新建档案的成员不能带编号 / new members have no id',
        });
    });
  });
export type HouseholdCreateInput = z.input<typeof HouseholdCreateSchema>;
export type HouseholdCreate = z.output<typeof HouseholdCreateSchema>;

export const HouseholdUpdateSchema = z
  .object({ id: z.uuid(), version: z.number().int().min(1), ...householdFields })
  .superRefine(refineHousehold);
export type HouseholdUpdateInput = z.input<typeof HouseholdUpdateSchema>;
export type HouseholdUpdate = z.output<typeof HouseholdUpdateSchema>;
