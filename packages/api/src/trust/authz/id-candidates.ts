import type { ScopedRow } from '../../testing/trust-authz-fixture';

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The stored kind an id field names: `householdId` → household, `claimIds` → claim. */
const kindOf = (field: string) => snake(field.replace(/Ids?$/, ''));
/** For a bare `id`, the router's noun: `claims.get` → claim, `surveyCampaigns.open` → survey_campaign. */
const kindOfPath = (path: string) =>
  snake(path.split('.').slice(-2, -1)[0] ?? '')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');

function tablesMatching(rows: ScopedRow[], kind: string): string[] {
  const tables = [...new Set(rows.map((r) => r.table))];
  const exact = tables.filter((t) => t === kind || t.endsWith(`_${kind}`));
  return exact.length > 0 ? exact : tables.filter((t) => t.includes(kind) || kind.endsWith(t));
}

/**
 * The rows to try in one id field: one per table of the field's kind when the name tells it,
 * else one per table of the world (`all`), or a handful when `all` is false (the CI run).
 */
export function candidatesFor(rows: ScopedRow[], path: string, field: string, all: boolean): ScopedRow[] {
  const kind = field === 'id' ? kindOfPath(path) : kindOf(field);
  const tables = kind ? tablesMatching(rows, kind) : [];
  const chosen = tables.length > 0 ? tables : [...new Set(rows.map((r) => r.table))];
  const limited = tables.length > 0 || all ? chosen : chosen.filter((_, i) => i % 8 === 0);
  return limited.flatMap((t) => rows.filter((r) => r.table === t).slice(0, 1));
}

/** The best single row for a field (the first candidate), for filling the fields not under test. */
export function bestRow(rows: ScopedRow[], path: string, field: string): ScopedRow | undefined {
  return candidatesFor(rows, path, field, false)[0];
}
