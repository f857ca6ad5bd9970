import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { NoticeScope } from '../assessment/assessment-enums';
import { HigherReviewDecision, ObjectionChannel } from './enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

/** 公示 scopes (单位/社区); the list of allowed values is policy (brief §12). */
export const OpenNoticeSchema = z.object({
  householdId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  startDate: IsoDateSchema,
  scopes: z.array(NoticeScope.schema).min(1).max(NoticeScope.values.length).optional(),
});
export type OpenNoticeInput = z.input<typeof OpenNoticeSchema>;

export const RecordObjectionSchema = z.object({
  noticeId: z.uuid(),
  receivedOn: IsoDateSchema,
  channel: ObjectionChannel.schema,
  summary: text(1000, '异议内容'),
});
export type RecordObjectionInput = z.input<typeof RecordObjectionSchema>;

export const HandleObjectionSchema = z.object({
  objectionId: z.uuid(),
  upheld: z.boolean(),
  handling: text(1000, '处理结果'),
});
export type HandleObjectionInput = z.input<typeof HandleObjectionSchema>;

const Lang = z.enum(['zh', 'en']).default('zh');
export const NoticeDocumentSchema = z.object({ noticeId: z.uuid(), lang: Lang });
export const NoticeSheetSchema = z.object({ orgId: z.uuid(), date: IsoDateSchema.optional(), lang: Lang });

/** 上级复核. A reason is required unless approving. */
export const DecideSchema = z
  .object({
    householdId: z.uuid(),
    expectedVersion: z.number().int().min(1),
    decision: HigherReviewDecision.schema,
    reason: z.string().trim().max(1000).default(''),
    stamped: z.boolean(),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== 'APPROVE' && !d.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请填写理由 / a reason is required' });
    }
  });
export type DecideInput = z.input<typeof DecideSchema>;
