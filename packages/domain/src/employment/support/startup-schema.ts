import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { StartupActivityKind, StartupStage, StartupStatus } from './support-enums';
import { optionalText, requiredText, version } from './support-fields';

/** 创业扶持个案: a member of a household starting a business. */
export const StartupCaseInputSchema = z.object({
  householdId: z.uuid(),
  memberId: z.uuid(),
  businessName: requiredText(100, '项目或商户名称'),
  sector: requiredText(50, '经营行业'),
  stage: StartupStage.schema,
  openedOn: IsoDateSchema,
});
export type StartupCaseInput = z.input<typeof StartupCaseInputSchema>;

/** A change of stage or status (结案 when the business runs on its own or has closed). */
export const StartupCaseUpdateSchema = z.object({
  id: z.uuid(),
  version,
  stage: StartupStage.schema,
  status: StartupStatus.schema,
});
export type StartupCaseUpdateInput = z.input<typeof StartupCaseUpdateSchema>;

/** One support activity: a guidance session, consulting, a venue, tax relief or a follow-up visit. */
export const StartupActivityInputSchema = z.object({
  caseId: z.uuid(),
  version,
  kind: StartupActivityKind.schema,
  heldOn: IsoDateSchema,
  note: requiredText(500, '内容'),
  outcome: optionalText(500),
});
export type StartupActivityInput = z.input<typeof StartupActivityInputSchema>;

/**
 * 创业担保贷款 (Guizhou's 惠工贷): the lender, the amount in fen, the interest subsidy in permille a
 * year, the term and the organisation that guarantees it.
 */
export const StartupLoanSchema = z.object({
  caseId: z.uuid(),
  version,
  lender: requiredText(100, '贷款银行'),
  amountFen: FenSchema.refine((v) => v > 0, '贷款金额须大于0 / the amount must be above zero'),
  interestSubsidyPermille: z.number().int().min(0).max(1000),
  termMonths: z.number().int().min(1).max(120),
  guaranteeOrg: requiredText(100, '担保机构'),
  grantedOn: IsoDateSchema,
});
export type StartupLoanInput = z.input<typeof StartupLoanSchema>;

export const StartupListSchema = z.object({
  status: StartupStatus.schema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const StartupCaseIdSchema = z.object({ id: z.uuid() });
