import { type HouseholdStatus, IdentificationEvent, type Label } from '@bangfu/domain';
import { getCaseHousehold } from './case-household';
import type { StaffContext } from './identification-errors';
import { type StaffRef, staffNames, staffRef } from './staff-names';
import { summariseStep } from './timeline-summary';

export interface TimelineStepDto {
  seq: number;
  event: IdentificationEvent;
  eventLabel: Label;
  from: HouseholdStatus;
  to: HouseholdStatus;
  actor: StaffRef | null;
  actorKind: string;
  at: string;
  note: string | null;
  summary: Label | null;
}

/** 谁调查、谁登记、谁审核、谁负责 (accountability for the file). */
export interface ResponsibilityDto {
  registrar: StaffRef | null;
  surveyors: StaffRef[];
  assessor: StaffRef | null;
  approver: StaffRef | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const surveyorIdsOf = (payload: unknown): string[] => {
  const ids = (payload as { surveyorIds?: unknown } | null)?.surveyorIds;
  // Payloads are stored JSON (imports, older versions): only well-formed ids go to the staff lookup.
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string' && UUID.test(v)) : [];
};

/** The file's timeline, oldest first, with who answers for each part of it. */
export async function timeline({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<{ steps: TimelineStepDto[]; responsibility: ResponsibilityDto }> {
  const h = await getCaseHousehold(ctx.db, ctx.actor, input);
  const rows = await ctx.db
    .selectFrom('ident_step')
    .select(['seq', 'event', 'from_status', 'to_status', 'actor_id', 'actor_kind', 'at', 'note', 'payload'])
    .where('household_id', '=', h.id)
    .orderBy('seq')
    .execute();
  // Surveyors named when the survey started, and any assigned to a later re-survey.
  const resurveys = await ctx.db
    .selectFrom('ident_survey')
    .select('surveyor_ids')
    .where('household_id', '=', h.id)
    .orderBy('assigned_at')
    .execute();
  const surveyorIds = [
    ...new Set([
      ...rows.filter((r) => r.event === 'START_SURVEY').flatMap((r) => surveyorIdsOf(r.payload)),
      ...resurveys.flatMap((s) => s.surveyor_ids),
    ]),
  ];
  const names = await staffNames(ctx.db, [h.createdBy, ...surveyorIds, ...rows.map((r) => r.actor_id)]);
  const lastActor = (match: (r: (typeof rows)[number]) => boolean) =>
    staffRef(names, rows.filter(match).at(-1)?.actor_id);
  return {
    steps: rows.map((r) => {
      const event = r.event as IdentificationEvent;
      return {
        seq: r.seq,
        event,
        eventLabel: IdentificationEvent.labels[event],
        from: r.from_status as HouseholdStatus,
        to: r.to_status as HouseholdStatus,
        actor: staffRef(names, r.actor_id),
        actorKind: r.actor_kind,
        at: r.at,
        note: r.note,
        summary: summariseStep(event, r.payload as Record<string, unknown> | null, r.note, names),
      };
    }),
    responsibility: {
      registrar: staffRef(names, h.createdBy),
      surveyors: surveyorIds.map((id) => staffRef(names, id)!),
      assessor: lastActor((r) => r.from_status === 'ASSESSED'),
      approver: lastActor((r) => r.event === 'APPROVE'),
    },
  };
}
