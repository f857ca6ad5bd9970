import type { Database } from '@bangfu/db';
import {
  allowedEvents,
  EVENTS_WITH_REASON,
  HouseholdStatus,
  IdentificationEvent,
  type Label,
  NEXT_STEP_WORDS,
  STATUS_PLAIN_WORDS,
} from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { businessDate } from '../../common/business-date';
import { notFound } from '../../common/scope';
import { nearestHotline } from '../staff/card-context';
import { type CaseClassificationDto, caseClassification } from './case-classification';
import type { WorkerContext } from './worker-context';

export interface CaseStepDto {
  seq: number;
  event: IdentificationEvent;
  label: Label;
  status: HouseholdStatus;
  statusLabel: Label;
  date: string;
  /** The reason, for a return, refusal or cancellation only; other notes are internal. */
  reason: string | null;
}

export interface MyCaseDto {
  fileNo: string | null;
  status: HouseholdStatus;
  statusLabel: Label;
  explanation: Label;
  since: string | null;
  next: { event: IdentificationEvent; words: Label }[];
  responsible: { orgName: string; hotline: string | null };
  timeline: CaseStepDto[];
  classification: CaseClassificationDto | null;
}

/** "Where is my case": the worker's own file only (ctx.worker.householdId), in plain words. */
export async function myCase(ctx: WorkerContext): Promise<MyCaseDto> {
  const db: Kysely<Database> = ctx.db;
  const h = await db
    .selectFrom('household')
    .select(['id', 'file_no', 'status', 'status_since', 'org_path'])
    .where('id', '=', ctx.worker.householdId)
    .executeTakeFirst();
  if (!h) throw notFound({ zh: '档案不存在', en: 'File not found' });
  const steps = await db
    .selectFrom('ident_step')
    .select(['seq', 'event', 'to_status', 'at', 'note', 'payload'])
    .where('household_id', '=', h.id)
    .orderBy('seq', 'asc')
    .execute();
  const status = h.status as HouseholdStatus;
  const survey = steps.filter((s) => s.event === 'COMPLETE_SURVEY').at(-1);
  return {
    fileNo: h.file_no,
    status,
    statusLabel: HouseholdStatus.labels[status],
    explanation: STATUS_PLAIN_WORDS[status],
    since: h.status_since ? businessDate(new Date(h.status_since)) : null,
    next: allowedEvents(status).map((event) => ({ event, words: NEXT_STEP_WORDS[event] })),
    responsible: await nearestHotline(db, h.org_path),
    timeline: steps.map((s) => {
      const event = s.event as IdentificationEvent;
      const to = s.to_status as HouseholdStatus;
      return {
        seq: s.seq,
        event,
        label: IdentificationEvent.labels[event],
        status: to,
        statusLabel: HouseholdStatus.labels[to],
        date: businessDate(new Date(s.at)),
        reason: EVENTS_WITH_REASON.includes(event) ? s.note : null,
      };
    }),
    classification: survey ? caseClassification(survey.payload) : null,
  };
}
