import { newId, withTransaction } from '@bangfu/db';
import { type DrawSpotCheck, drawStratifiedSample, type StratifyBy } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { loadIdentificationPolicy, type StaffContext } from './oversight-context';
import { surveyorsOf } from './responsibility-chain';

export interface DrawnSpotCheck {
  id: string;
  sharePermille: number;
  populationCount: number;
  sampleCount: number;
  strata: Record<string, { population: number; sample: number }>;
  policyVersion: number;
}

/** The stratum a file falls in: its county, its lead surveyor of record, or both. */
function stratumOf(by: StratifyBy, divisionCode: string, leadSurveyor: string | undefined): string {
  const surveyor = leadSurveyor ?? 'NONE';
  if (by === 'REGION') return divisionCode;
  if (by === 'SURVEYOR') return surveyor;
  return `${divisionCode}|${surveyor}`;
}

/**
 * 抽查: a stratified random sample of the subtree's files in the chosen states, drawn from a
 * published seed so anyone can redraw it. The sample is stored with the state each file had.
 */
export async function drawSpotCheck({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: DrawSpotCheck;
}): Promise<DrawnSpotCheck> {
  const now = ctx.now();
  const today = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const policy = await loadIdentificationPolicy(trx, today);
    const share = input.sharePermille ?? policy.body.spotCheckSharePermille;
    const files = await trx
      .selectFrom('household as h')
      .select(['h.id', 'h.org_id', 'h.org_path', 'h.division_code', 'h.status'])
      .select((eb) =>
        eb
          .selectFrom('ident_step as s')
          .select('s.payload')
          .whereRef('s.household_id', '=', 'h.id')
          .where('s.event', '=', 'START_SURVEY')
          .orderBy('s.seq', 'desc')
          .limit(1)
          .as('survey'),
      )
      .where('h.org_path', 'like', subtreePattern(org.path))
      .where('h.status', 'in', input.statuses)
      .execute();
    const population = files.map((f) => ({
      ...f,
      stratum: stratumOf(input.stratifyBy, f.division_code, surveyorsOf(f.survey)[0]),
    }));
    const sample = drawStratifiedSample(population, { sharePermille: share, seed: input.seed });
    const id = newId(now.getTime());
    await trx
      .insertInto('spot_check')
      .values({
        id,
        org_id: org.id,
        org_path: org.path,
        drawn_by: ctx.actor.userId,
        drawn_at: now,
        drawn_on: today,
        seed: input.seed,
        share_permille: share,
        stratify_by: input.stratifyBy,
        statuses: input.statuses,
        population_count: population.length,
        sample_count: sample.length,
        policy_version: policy.version,
      })
      .execute();
    for (let i = 0; i < sample.length; i += 500) {
      await trx
        .insertInto('spot_check_item')
        .values(
          sample.slice(i, i + 500).map((s) => ({
            id: newId(now.getTime()),
            spot_check_id: id,
            household_id: s.id,
            org_id: s.org_id,
            org_path: s.org_path,
            stratum: s.stratum,
            status_at_draw: s.status,
            checker_id: null,
            outcome: null,
            note: null,
            checked_at: null,
            registrar_id: null,
            reviewer_id: null,
          })),
        )
        .execute();
    }
    const strata = countStrata(population, sample);
    await appendAudit(trx, ctx, {
      action: 'spot_check.draw',
      entityType: 'spot_check',
      entityId: id,
      after: {
        seed: input.seed,
        sharePermille: share,
        stratifyBy: input.stratifyBy,
        strata,
        policyVersion: policy.version,
      },
    });
    return {
      id,
      sharePermille: share,
      populationCount: population.length,
      sampleCount: sample.length,
      strata,
      policyVersion: policy.version,
    };
  });
}

function countStrata(
  population: readonly { stratum: string }[],
  sample: readonly { stratum: string }[],
): DrawnSpotCheck['strata'] {
  const strata: DrawnSpotCheck['strata'] = {};
  const entry = (k: string) => {
    strata[k] = strata[k] ?? { population: 0, sample: 0 };
    return strata[k];
  };
  for (const p of population) entry(p.stratum).population++;
  for (const s of sample) entry(s.stratum).sample++;
  return strata;
}
