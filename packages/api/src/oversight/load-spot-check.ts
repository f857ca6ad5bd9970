import type { HouseholdStatus, SpotCheckOutcome, StratifyBy } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './oversight-context';
import { spotCheckNotFound } from './oversight-errors';

export interface SpotCheckItemDto {
  id: string;
  version: number;
  householdId: string;
  fileNo: string | null;
  headName: string;
  orgName: string;
  stratum: string;
  statusAtDraw: HouseholdStatus;
  outcome: SpotCheckOutcome | null;
  note: string | null;
  checkedAt: string | null;
  surveyorIds: string[];
  registrarId: string | null;
  reviewerId: string | null;
}

export interface SpotCheckDto {
  id: string;
  orgId: string;
  drawnAt: string;
  seed: string;
  sharePermille: number;
  stratifyBy: StratifyBy;
  statuses: string[];
  populationCount: number;
  sampleCount: number;
  policyVersion: number;
  items: SpotCheckItemDto[];
}

/** A spot check and its sample, in stratum and draw order. */
export async function loadSpotCheck({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string };
}): Promise<SpotCheckDto> {
  const c = await ctx.db
    .selectFrom('spot_check')
    .selectAll()
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .executeTakeFirst();
  if (!c) throw spotCheckNotFound();
  const items = await ctx.db
    .selectFrom('spot_check_item as i')
    .innerJoin('household as h', 'h.id', 'i.household_id')
    .innerJoin('org_unit as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.version',
      'i.household_id',
      'h.file_no',
      'h.head_name',
      'o.name as org_name',
      'i.stratum',
      'i.status_at_draw',
      'i.outcome',
      'i.note',
      'i.checked_at',
      'i.surveyor_ids',
      'i.registrar_id',
      'i.reviewer_id',
    ])
    .where('i.spot_check_id', '=', c.id)
    .orderBy('i.stratum')
    .orderBy('i.id')
    .execute();
  return {
    id: c.id,
    orgId: c.org_id,
    drawnAt: c.drawn_at,
    seed: c.seed,
    sharePermille: c.share_permille,
    stratifyBy: c.stratify_by as StratifyBy,
    statuses: c.statuses,
    populationCount: c.population_count,
    sampleCount: c.sample_count,
    policyVersion: c.policy_version,
    items: items.map((i) => ({
      id: i.id,
      version: i.version,
      householdId: i.household_id,
      fileNo: i.file_no,
      headName: i.head_name,
      orgName: i.org_name,
      stratum: i.stratum,
      statusAtDraw: i.status_at_draw as HouseholdStatus,
      outcome: i.outcome as SpotCheckOutcome | null,
      note: i.note,
      checkedAt: i.checked_at,
      surveyorIds: i.surveyor_ids,
      registrarId: i.registrar_id,
      reviewerId: i.reviewer_id,
    })),
  };
}
