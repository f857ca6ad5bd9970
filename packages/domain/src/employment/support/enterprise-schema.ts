import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { CountyCodeSchema } from '../../divisions';
import { EnterpriseMeasureKind, EnterpriseReason, EnterpriseStatus } from './support-enums';
import { optionalId, optionalText, requiredText, version } from './support-fields';

/** One measure taken for an enterprise's workers, e.g. 转岗分流 on a date. */
export const EnterpriseMeasureSchema = z.object({
  kind: EnterpriseMeasureKind.schema,
  note: requiredText(200, '措施内容'),
  date: IsoDateSchema.nullish().transform((v) => v ?? null),
});
export type EnterpriseMeasure = z.output<typeof EnterpriseMeasureSchema>;

const counts = {
  workersTotal: z.number().int().min(0).max(1_000_000),
  workersAffected: z.number().int().min(0).max(1_000_000),
};

function refineCounts(e: { workersTotal: number; workersAffected: number }, ctx: z.RefinementCtx): void {
  if (e.workersAffected > e.workersTotal) {
    ctx.addIssue({
      code: 'custom',
      path: ['workersAffected'],
      message: '受影响职工数不能超过职工总数 / affected workers exceed the workforce',
    });
  }
}

/** 困难企业: an enterprise in difficulty, filed under a union in the actor's subtree. */
export const EnterpriseInputSchema = z
  .object({
    orgId: z.uuid('请选择所属工会 / choose the union'),
    employerId: optionalId,
    name: requiredText(100, '企业名称'),
    /** The industry union it belongs to, e.g. 国防工会 (the defence-industry union). */
    industryUnion: optionalText(50),
    divisionCode: CountyCodeSchema,
    reason: EnterpriseReason.schema,
    ...counts,
    measures: z.array(EnterpriseMeasureSchema).max(50).default([]),
    reportedOn: IsoDateSchema,
  })
  .superRefine(refineCounts);
export type EnterpriseInput = z.input<typeof EnterpriseInputSchema>;

/** New counts, measures and status, at the version read. */
export const EnterpriseUpdateSchema = z
  .object({
    id: z.uuid(),
    version,
    ...counts,
    measures: z.array(EnterpriseMeasureSchema).max(50),
    status: EnterpriseStatus.schema,
  })
  .superRefine(refineCounts);
export type EnterpriseUpdateInput = z.input<typeof EnterpriseUpdateSchema>;

/** Links a household (an affected worker's) to the enterprise. */
export const AffectedWorkerInputSchema = z.object({
  enterpriseId: z.uuid(),
  householdId: z.uuid(),
  note: optionalText(200),
});
export type AffectedWorkerInput = z.input<typeof AffectedWorkerInputSchema>;

export const EnterpriseListSchema = z.object({
  status: EnterpriseStatus.schema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const EnterpriseIdSchema = z.object({ id: z.uuid() });
