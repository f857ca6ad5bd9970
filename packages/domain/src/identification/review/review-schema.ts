import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { IdNumberSchema } from '../../id-number';
import { DeclarationKind, DemocraticReviewOutcome } from './enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

const householdStep = {
  householdId: z.uuid(),
  /** The household version the client read. */
  expectedVersion: z.number().int().min(1),
};

const fieldIssue = (ctx: z.RefinementCtx, path: string, zh: string, en: string): void => {
  ctx.addIssue({ code: 'custom', path: [path], message: `${zh} / ${en}` });
};

/** 回避申报. SELF/RELATIVE carry an ID number (RELATIVE also a name and relation); EMPLOYER a name. */
export const DeclareSchema = z
  .object({
    kind: DeclarationKind.schema,
    idNumber: IdNumberSchema.optional(),
    relation: z.string().trim().max(20).optional(),
    personName: z.string().trim().max(50).optional(),
    employerName: z.string().trim().max(100).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind !== 'EMPLOYER' && !d.idNumber)
      fieldIssue(ctx, 'idNumber', '请填写身份证号', 'ID number is required');
    if (d.kind === 'RELATIVE' && !d.personName)
      fieldIssue(ctx, 'personName', '请填写亲属姓名', 'Name is required');
    if (d.kind === 'RELATIVE' && !d.relation)
      fieldIssue(ctx, 'relation', '请填写亲属关系', 'Relation is required');
    if (d.kind === 'EMPLOYER' && !d.employerName) {
      fieldIssue(ctx, 'employerName', '请填写工作单位', 'Employer is required');
    }
  });
export type DeclareInput = z.input<typeof DeclareSchema>;

export const WithdrawDeclarationSchema = z.object({ id: z.uuid(), version: z.number().int().min(1) });

const OtherParticipantSchema = z.object({ name: text(50, '姓名'), role: text(50, '身份') });
const Votes = z.number().int().min(0).max(1000);

/** 民主评议记录. */
export const DemocraticReviewSchema = z
  .object({
    ...householdStep,
    meetingDate: IsoDateSchema,
    participantUserIds: z.array(z.uuid()).max(50).default([]),
    otherParticipants: z.array(OtherParticipantSchema).max(50).default([]),
    votesFor: Votes,
    votesAgainst: Votes,
    abstentions: Votes,
    outcome: DemocraticReviewOutcome.schema,
    minutes: text(5000, '会议纪要'),
    minutesAttachmentId: z.uuid().optional(),
  })
  .superRefine((r, ctx) => {
    const people = r.participantUserIds.length + r.otherParticipants.length;
    if (people < 1) fieldIssue(ctx, 'participantUserIds', '请填写参会人员', 'Participants are required');
    if (r.votesFor + r.votesAgainst + r.abstentions > people) {
      fieldIssue(ctx, 'votesFor', '票数不能多于参会人数', 'More votes than participants');
    }
    if ((r.outcome === 'PASS') !== r.votesFor > r.votesAgainst) {
      fieldIssue(ctx, 'outcome', '评议结果与表决票数不符', 'Outcome does not match the votes');
    }
  });
export type DemocraticReviewInput = z.input<typeof DemocraticReviewSchema>;

// The check result is kept minimal: a summary, never the income figures themselves.
const AMOUNT = /\d[\d,.]*\s*(元|万|yuan|rmb)|[¥￥]\s*\d/i;

/** 家庭经济状况核对 result. */
export const IncomeCheckSchema = z
  .object({
    ...householdStep,
    centre: text(100, '核对机构'),
    requestedOn: IsoDateSchema,
    respondedOn: IsoDateSchema,
    resultSummary: text(200, '核对结果摘要').refine(
      (s) => !AMOUNT.test(s),
      '摘要中不要填写具体金额 / do not write amounts in the summary',
    ),
    discrepancy: z.boolean(),
  })
  .superRefine((c, ctx) => {
    if (c.respondedOn < c.requestedOn) {
      fieldIssue(ctx, 'respondedOn', '回复日期不能早于申请日期', 'Response cannot precede the request');
    }
  });
export type IncomeCheckInput = z.input<typeof IncomeCheckSchema>;
