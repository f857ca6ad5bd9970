import { newId } from '@bangfu/db';
import type { StartupActivityCreate, StartupCaseUpdate, StartupLoan } from '@bangfu/domain';
import { fieldError, type SavedRecord, type StaffContext } from '../employment/employment-errors';
import { changeStartupCase } from './change-startup-case';
import { conflict } from './support-errors';

/** A change of stage, or 结案 / reopening; reopening a closed case is allowed. */
export function updateStartupCase(ctx: StaffContext, input: StartupCaseUpdate): Promise<SavedRecord> {
  return changeStartupCase(
    ctx,
    { caseId: input.id, version: input.version, allowClosed: true },
    async (_t, b) => ({
      action: 'startup_case.update',
      set: { stage: input.stage, status: input.status },
      before: { stage: b.stage, status: b.status },
      after: { stage: input.stage, status: input.status },
    }),
  );
}

/** One guidance, consulting, venue, tax-relief or follow-up activity, on or after the case opened. */
export function addStartupActivity(ctx: StaffContext, input: StartupActivityCreate): Promise<SavedRecord> {
  return changeStartupCase(ctx, { caseId: input.caseId, version: input.version }, async (trx, b) => {
    if (input.heldOn < b.opened_on) {
      throw fieldError('heldOn', '日期不能早于立案日期', 'The date is before the case was opened');
    }
    const id = newId(ctx.now().getTime());
    await trx
      .insertInto('startup_activity')
      .values({
        id,
        case_id: b.id,
        kind: input.kind,
        held_on: input.heldOn,
        note: input.note,
        outcome: input.outcome,
        created_at: ctx.now(),
        created_by: ctx.actor.userId,
      })
      .execute();
    return {
      action: 'startup_case.activity',
      set: {},
      before: null,
      after: { activityId: id, kind: input.kind, heldOn: input.heldOn },
    };
  });
}

/** 创业担保贷款 (惠工贷): recorded once per case; a correction goes through a new case. */
export function recordStartupLoan(ctx: StaffContext, input: StartupLoan): Promise<SavedRecord> {
  return changeStartupCase(ctx, { caseId: input.caseId, version: input.version }, async (_t, b) => {
    if (b.loan_amount_fen !== null) {
      throw conflict('该个案已登记担保贷款', 'A guaranteed loan is already recorded for this case');
    }
    if (input.grantedOn < b.opened_on) {
      throw fieldError(
        'grantedOn',
        '放款日期不能早于立案日期',
        'The loan date is before the case was opened',
      );
    }
    const loan = {
      loan_lender: input.lender,
      loan_amount_fen: input.amountFen,
      loan_subsidy_permille: input.interestSubsidyPermille,
      loan_term_months: input.termMonths,
      loan_guarantee_org: input.guaranteeOrg,
      loan_granted_on: input.grantedOn,
    };
    return { action: 'startup_case.loan', set: loan, before: null, after: loan };
  });
}
