import { listHistoryEvents } from '@bangfu/db';
import { canonicalJson } from '../audit/canonical-json';
import type { Context, StaffActor } from '../context';
import { loadHousehold } from './load-household';

export interface HistoryEntryDto {
  seq: number;
  at: string;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  purpose: string | null;
  /** For reads of a sensitive field: which field, and of which member. */
  subject: { field: string; memberId: string | null } | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

/** Top-level fields whose value differs between two snapshots (members compared whole). */
export function diffSnapshots(before: unknown, after: unknown): HistoryEntryDto['changes'] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return fields
    .filter((f) => canonicalJson(b[f]) !== canonicalJson(a[f]))
    .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }));
}

function revealSubject(after: unknown): HistoryEntryDto['subject'] {
  const a = (after ?? {}) as { field?: unknown; memberId?: unknown };
  return { field: String(a.field ?? ''), memberId: typeof a.memberId === 'string' ? a.memberId : null };
}

/** The household's timeline, newest first, read from the audit log. */
export async function householdHistory({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: { id: string };
}): Promise<HistoryEntryDto[]> {
  await loadHousehold(ctx.db, ctx.crypto, { id: input.id, scopePath: ctx.actor.orgPath });
  const events = await listHistoryEvents(ctx.db, { entityType: 'household', entityId: input.id });
  return events.map((e) => ({
    seq: e.seq,
    at: e.at,
    action: e.action,
    actorName: e.display_name,
    actorRole: e.actor_role,
    purpose: e.purpose,
    subject: e.action.startsWith('household.reveal_') ? revealSubject(e.after) : null,
    changes: e.action === 'household.update' ? diffSnapshots(e.before, e.after) : [],
  }));
}
