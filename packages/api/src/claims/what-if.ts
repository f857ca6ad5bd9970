import {
  type AdjudicationMember,
  applyPlanChanges,
  type Claim,
  DomainError,
  type ReAdjudicationCase,
  reAdjudicate,
  type Sex,
  type WhatIfInput,
} from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './claims-errors';
import { schemeBody, schemeInScope } from './scheme-rows';

export interface WhatIfPlanFigures {
  planCode: string;
  claims: number;
  currentPaidFen: number;
  simulatedFen: number;
  differenceFen: number;
}

export interface WhatIfResult {
  schemeCode: string;
  schemeVersion: number;
  year: number;
  claims: number;
  currentPaidFen: number;
  simulatedFen: number;
  differenceFen: number;
  byPlan: WhatIfPlanFigures[];
}

/** What a claim costs today: paid, or still payable while open; a refusal costs nothing. */
const currentFen = (r: { status: string; payable_fen: number; approved_fen: number | null }): number =>
  r.status === 'PAID' || r.status === 'APPROVED' ? Number(r.approved_fen) : Number(r.payable_fen);

/**
 * 测算: re-adjudicates the year's claims of a scheme (in the actor's subtree) in memory under the
 * scheme with `changes` laid over its plans, and compares the cost. Reads only: nothing is written.
 * Claims a reviewer rejected although the rules found an amount are left out (that was a human
 * judgement the simulation cannot redo); claims the rules refused are re-run like any other.
 */
export async function whatIf({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: WhatIfInput;
}): Promise<WhatIfResult> {
  const row = await schemeInScope(ctx.db, ctx.actor, input.schemeId);
  const changed = applyPlanChanges(schemeBody(row), input.changes);
  if (!changed.ok) {
    throw new DomainError(
      'VALIDATION',
      { zh: '测算参数无效', en: 'Invalid what-if changes' },
      { fieldErrors: changed.errors },
    );
  }
  const rows = await ctx.db
    .selectFrom('ma_claim as c')
    .innerJoin('ma_enrolment as e', 'e.id', 'c.enrolment_id')
    .innerJoin('ma_member as m', 'm.id', 'c.member_id')
    .select(['c.id', 'c.member_id', 'c.plan_code', 'c.body', 'c.status', 'c.payable_fen', 'c.approved_fen'])
    .select([
      'e.hardship',
      'e.enrolled_on',
      'e.first_enrolment',
      'e.cover_from',
      'e.cover_to',
      'm.sex',
      'm.birth_date',
    ])
    .where('c.scheme_code', '=', row.code)
    .where('c.term_year', '=', input.year)
    .where('c.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .where((eb) => eb.or([eb('c.status', '<>', 'REJECTED'), eb('c.payable_fen', '=', 0)]))
    .orderBy('c.id')
    .execute();
  const cases: ReAdjudicationCase[] = rows.map((r) => {
    const member: AdjudicationMember = {
      hardship: r.hardship,
      enrolledOn: r.enrolled_on,
      firstEnrolment: r.first_enrolment,
      sex: r.sex as Sex,
      birthDate: r.birth_date,
      coverFrom: r.cover_from,
      coverTo: r.cover_to,
    };
    return { claimId: r.id, memberKey: r.member_id, member, claim: r.body as Claim, paidFen: currentFen(r) };
  });
  const summary = reAdjudicate(cases, changed.scheme);
  const byPlan = new Map<string, WhatIfPlanFigures>();
  summary.cases.forEach((o, i) => {
    const planCode = rows[i]?.plan_code ?? '';
    const p = byPlan.get(planCode) ?? {
      planCode,
      claims: 0,
      currentPaidFen: 0,
      simulatedFen: 0,
      differenceFen: 0,
    };
    p.claims += 1;
    p.currentPaidFen += o.beforeFen;
    p.simulatedFen += o.afterFen;
    p.differenceFen += o.deltaFen;
    byPlan.set(planCode, p);
  });
  return {
    schemeCode: row.code,
    schemeVersion: row.version,
    year: input.year,
    claims: cases.length,
    currentPaidFen: summary.totalBeforeFen,
    simulatedFen: summary.totalAfterFen,
    differenceFen: summary.deltaFen,
    byPlan: [...byPlan.values()].sort((a, b) => a.planCode.localeCompare(b.planCode)),
  };
}
