import { type Label, MutualAidPlanType, type PayerKind } from '@bangfu/domain';
import type { WorkerContext } from '../portal/worker/worker-context';
import { parseSchemeBody } from './scheme-rows';

export interface MyEnrolmentDto {
  id: string;
  memberName: string;
  schemeName: Label;
  planCode: string;
  planName: Label;
  planType: Label;
  termYear: number;
  enrolledOn: string;
  coverFrom: string;
  coverTo: string;
  status: string;
  hardship: boolean;
  /** The worker's own share of the contribution, and what of it is paid. */
  ownShareFen: number;
  ownPaidFen: number;
  /** The whole contribution, everyone's shares together (the unions and government pay the rest). */
  totalFen: number;
  shares: { payer: PayerKind; amountFen: number; paidFen: number }[];
}

/**
 * 我的互助: the enrolments of the members linked to the worker's own household, newest term
 * first. Only what the worker needs: no ID numbers, no unit or organisation ids.
 */
export async function myEnrolments(ctx: WorkerContext): Promise<{ items: MyEnrolmentDto[] }> {
  const rows = await ctx.db
    .selectFrom('ma_enrolment as e')
    .innerJoin('ma_member as m', 'm.id', 'e.member_id')
    .innerJoin('ma_scheme as s', 's.id', 'e.scheme_id')
    .select(['e.id', 'm.name', 's.body', 'e.plan_code', 'e.term_year', 'e.enrolled_on'])
    .select(['e.cover_from', 'e.cover_to', 'e.status', 'e.hardship'])
    .where('m.household_id', '=', ctx.worker.householdId)
    .orderBy('e.term_year', 'desc')
    .orderBy('e.id', 'desc')
    .limit(200)
    .execute();
  const shares =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('ma_contribution')
          .select(['enrolment_id', 'payer', 'amount_fen', 'paid_fen'])
          .where(
            'enrolment_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('id')
          .execute();
  const items = rows.map((r) => {
    const scheme = parseSchemeBody(r);
    const plan = scheme.plans.find((p) => p.code === r.plan_code);
    const own = shares
      .filter((s) => s.enrolment_id === r.id)
      .map((s) => ({
        payer: s.payer as PayerKind,
        amountFen: Number(s.amount_fen),
        paidFen: Number(s.paid_fen),
      }));
    const mine = own.filter((s) => s.payer === 'INDIVIDUAL');
    return {
      id: r.id,
      memberName: r.name,
      schemeName: scheme.name,
      planCode: r.plan_code,
      planName: plan?.name ?? { zh: r.plan_code, en: r.plan_code },
      planType: plan ? MutualAidPlanType.labels[plan.type] : { zh: '', en: '' },
      termYear: r.term_year,
      enrolledOn: r.enrolled_on,
      coverFrom: r.cover_from,
      coverTo: r.cover_to,
      status: r.status,
      hardship: r.hardship,
      ownShareFen: mine.reduce((sum, s) => sum + s.amountFen, 0),
      ownPaidFen: mine.reduce((sum, s) => sum + s.paidFen, 0),
      totalFen: own.reduce((sum, s) => sum + s.amountFen, 0),
      shares: own,
    };
  });
  return { items };
}
