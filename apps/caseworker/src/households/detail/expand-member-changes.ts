import type { HistoryEntry } from '../../api/types';

type Change = HistoryEntry['changes'][number];
type MemberSnapshot = Record<string, unknown> & { id?: unknown; seq?: unknown };

/** Bookkeeping fields that change with any edit and say nothing to a reader. */
const SKIPPED = new Set(['id', 'seq']);

function asMembers(v: unknown): MemberSnapshot[] {
  return Array.isArray(v) ? v.filter((m): m is MemberSnapshot => typeof m === 'object' && m !== null) : [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The server diffs the member list as a whole; this turns that one change into per-member ones —
 * 'members.<i>.<field>' for an edited member, 'members.<i>' for one added or removed — matched by id.
 */
export function expandMemberChanges(changes: readonly Change[]): Change[] {
  return changes.flatMap((c): Change[] => {
    if (c.field !== 'members') return [c];
    const before = asMembers(c.before);
    const after = asMembers(c.after);
    const byId = new Map(before.map((m) => [m.id, m]));
    const out: Change[] = [];
    for (const [i, m] of after.entries()) {
      const old = byId.get(m.id);
      byId.delete(m.id);
      if (!old) {
        out.push({ field: `members.${i}`, before: null, after: m });
        continue;
      }
      for (const key of Object.keys(m)) {
        if (!SKIPPED.has(key) && !same(old[key], m[key])) {
          out.push({ field: `members.${i}.${key}`, before: old[key], after: m[key] });
        }
      }
    }
    for (const removed of byId.values()) {
      const index = typeof removed.seq === 'number' ? removed.seq - 1 : before.indexOf(removed);
      out.push({ field: `members.${index}`, before: removed, after: null });
    }
    return out;
  });
}
