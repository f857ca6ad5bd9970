import { randomUUID } from 'node:crypto';
import type { Role } from '@bangfu/domain';
import type { StaffActor } from '../../context';
import type { Fixture } from '../../testing/fixture';
import type { ScopedRow } from '../../testing/trust-authz-fixture';
import { bestRow, candidatesFor } from './id-candidates';
import { idFieldsOf, isIdField, sampleInput } from './input-sampler';
import { type Caller, callerFor, callPath, type Outcome, outcomeOf, type ProcedureInfo } from './procedures';

export type OrgCode = '520302' | '520300' | '520302-G01' | '520502' | '520500';

/** A caller signed in as a staff member with one role, placed at an org unit. */
export function staffAt(f: Fixture, role: Role, org: OrgCode): Caller {
  return callerFor({ ...f.context(null), actor: actorAt(f, role, org) });
}

function actorAt(f: Fixture, role: Role, org: OrgCode): StaffActor {
  const base = f.actor('admin');
  const path = {
    '520302': '/520000/520300/520302/',
    '520300': '/520000/520300/',
    '520302-G01': '/520000/520300/520302/520302-G01/',
    '520502': '/520000/520500/520502/',
    '520500': '/520000/520500/',
  }[org];
  return { ...base, roles: [role], orgId: f.orgId(org), orgPath: path };
}

/** One probe: the procedure called with `target` in `field`, and the same with a random id. */
export interface Probe {
  path: string;
  role: string;
  org: string;
  field: string;
  target: ScopedRow;
  real: Outcome;
  random: Outcome;
}

/**
 * Calls `proc` as `actor` once per candidate row of `foreign` in each id field (other id fields
 * filled from `own`), and once more with a random uuid in that field.
 */
export async function probeIds(
  caller: Caller,
  proc: ProcedureInfo,
  who: { role: string; org: string },
  rows: { foreign: ScopedRow[]; own: ScopedRow[] },
  all: boolean,
): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const field of idFieldsOf(proc.input)) {
    for (const target of candidatesFor(rows.foreign, proc.path, field, all)) {
      const fill = (id: string) => (name: string) =>
        name === field ? id : isIdField(name) ? (bestRow(rows.own, proc.path, name)?.id ?? null) : null;
      const randomId = randomUUID();
      const real = await outcomeOf(callPath(caller, proc.path, sampleInput(proc.input!, fill(target.id))));
      const random = await outcomeOf(callPath(caller, proc.path, sampleInput(proc.input!, fill(randomId))));
      probes.push({ path: proc.path, ...who, field, target, real, random });
    }
  }
  return probes;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** What the caller saw, with every uuid blanked: a foreign and a random id must look the same. */
// Generated files (xlsx) carry their creation time: compare them by presence, not bytes.
const seen = (o: Outcome) =>
  JSON.stringify(o)
    .replace(UUID, '<id>')
    .replace(/"contentBase64":"[^"]*"/g, '"contentBase64":"<file>"');

/**
 * Why a probe is a leak, or null when the foreign id read exactly like a random one (same code,
 * message, field errors; a list filtered by it as empty as by a random id) and showed no data.
 */
export function leakOf(p: Probe): string | null {
  if (JSON.stringify(p.real.value ?? null).includes(p.target.id)) return 'answered with the foreign object';
  if (seen(p.real) !== seen(p.random))
    return `differs from a random id: ${seen(p.real)} vs ${seen(p.random)}`;
  return null;
}

/** A query without id fields, run as `actor`: the ids of `foreign` rows that appear in its answer. */
export async function foreignIdsInAnswer(
  caller: Caller,
  proc: ProcedureInfo,
  foreign: ScopedRow[],
): Promise<{ outcome: Outcome; seen: string[] }> {
  const input = proc.input ? sampleInput(proc.input, () => null) : undefined;
  const outcome = await outcomeOf(callPath(caller, proc.path, input));
  const text = JSON.stringify(outcome.value ?? outcome.details ?? null);
  return { outcome, seen: foreign.filter((r) => text.includes(r.id)).map((r) => `${r.table}:${r.id}`) };
}
