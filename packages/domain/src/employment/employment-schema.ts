import { z } from 'zod';
import { IsoDateSchema } from '../common/dates';
import { FenSchema } from '../common/money';
import { CountyCodeSchema, DivisionCodeSchema } from '../divisions';
import { PhoneSchema } from '../household/household-schema';
import { FairProgramme, PositionCategory, Suitability, WorkHours } from './enums';

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

/** 用人单位: an employer, filed under the union that works with it. */
export const EmployerInputSchema = z.object({
  orgId: z.uuid('请选择所属工会 / choose the union'),
  name: text(100, '单位名称'),
  divisionCode: CountyCodeSchema,
  industry: text(50, '所属行业'),
  address: text(200, '单位地址'),
  contactName: optionalText(50),
  contactPhone: PhoneSchema.nullish().transform((v) => v ?? null),
});
export type EmployerInput = z.input<typeof EmployerInputSchema>;

const positionFields = {
  employerId: z.uuid('请选择用人单位 / choose the employer'),
  title: text(60, '岗位名称'),
  category: PositionCategory.schema,
  divisionCode: CountyCodeSchema,
  workAddress: text(200, '工作地点'),
  salaryMinFen: FenSchema,
  salaryMaxFen: FenSchema,
  headcount: z.number().int().min(1, '招聘人数至少1人 / at least one opening').max(10_000),
  hours: WorkHours.schema,
  requirements: optionalText(1000),
  skills: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  suitability: z.array(Suitability.schema).max(Suitability.values.length).default([]),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema,
  /** 订单化就业: the training course whose graduates this position takes. */
  trainingCourseId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
};

function refinePosition(
  p: { salaryMinFen: number; salaryMaxFen: number; validFrom: string; validTo: string },
  ctx: z.RefinementCtx,
): void {
  if (p.salaryMaxFen < p.salaryMinFen) {
    ctx.addIssue({
      code: 'custom',
      path: ['salaryMaxFen'],
      message: '最高薪资不能低于最低薪资 / maximum salary is below the minimum',
    });
  }
  if (p.validTo < p.validFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['validTo'],
      message: '截止日期不能早于开始日期 / end date is before the start date',
    });
  }
}

export const PositionInputSchema = z.object(positionFields).superRefine(refinePosition);
export type PositionInput = z.input<typeof PositionInputSchema>;

export const PositionUpdateSchema = z
  .object({ id: z.uuid(), version: z.number().int().min(1), ...positionFields })
  .superRefine(refinePosition);
export type PositionUpdateInput = z.input<typeof PositionUpdateSchema>;

const fairFields = {
  organiserOrgId: z.uuid('请选择主办工会 / choose the organising union'),
  name: text(100, '招聘会名称'),
  programme: FairProgramme.schema,
  divisionCode: DivisionCodeSchema,
  venue: text(200, '举办地点'),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
};

export const FairInputSchema = z.object(fairFields).superRefine((f, ctx) => {
  if (f.endDate < f.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: '结束日期不能早于开始日期 / end date is before the start date',
    });
  }
});
export type FairInput = z.input<typeof FairInputSchema>;

/** An employer's booth at a fair, with the positions it offers there. */
export const FairBoothInputSchema = z.object({
  fairId: z.uuid(),
  employerId: z.uuid(),
  boothNo: text(20, '展位号'),
  positionIds: z.array(z.uuid()).min(1, '至少选择一个岗位 / choose at least one position').max(200),
});
export type FairBoothInput = z.input<typeof FairBoothInputSchema>;
