import { sql } from 'kysely';
import { importRegistry } from '../household-import/import-registry';
import { freshKey, signedPlan } from './aid-fixture';
import { claimsWorld, enrolMember, inpatientClaim, insertUnit, setClaimsPolicy } from './claims-fixture';
import { type Fixture, householdInput, makeIdNumber } from './fixture';
import { cleanSheet, importFile } from './household-import-fixture';
import { fileHousehold } from './portal-fixture';
import { openCampaign } from './survey-fixture';

export type County = '520302' | '520502';
/** One stored row that a scope check is about: its table, id and the org path that owns it. */
export interface ScopedRow {
  table: string;
  id: string;
  orgPath: string;
  /** The household it belongs to, when it hangs off one. */
  householdId: string | null;
}

/** What one county holds: a draft, a filed household with a signed plan and a payment, a claim, an import. */
async function fillCounty(f: Fixture, county: County): Promise<void> {
  const user = county === '520302' ? 'zunyiCw' : 'bijieCw';
  const draft = householdInput(f.orgId(county), { divisionCode: county });
  const members = draft.members.map((m) => ({ ...m, idNumber: makeIdNumber(county) }));
  await f.as(user).households.create({ ...draft, members });
  const { householdId: household } = await fileHousehold(f, user, county);
  const { measureIds } = await signedPlan(f, household, { user });
  await f.as(user).aid.payments.request({
    idempotencyKey: freshKey(),
    householdId: household,
    measureId: measureIds[0] ?? null,
    programme: 'LIVING',
    amountFen: 30_000,
    fundingSource: 'UNION_FUNDS',
    note: '生活救助',
  });
  const sheet = cleanSheet(2, county, `T${county}-`);
  const { importId } = await f.as(user).householdImport.start({
    fileName: 'trust.xlsx',
    contentBase64: await importFile(sheet.households, sheet.members),
  });
  await importRegistry.settled(importId);
}

/** A claim in each county: 遵义's unit under 红花岗区中华路社区工会, 毕节's under 七星关区市东社区工会. */
async function fileClaims(f: Fixture): Promise<void> {
  const world = await claimsWorld(f, 'TRUST-INPATIENT');
  await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
  const zunyi = await world.enrol({ hardship: true });
  await f
    .as('zunyiCw')
    .claims.submit({ enrolmentId: zunyi.enrolmentId, claim: inpatientClaim(), idempotencyKey: freshKey() });
  const bijieUnit = await insertUnit(f, '520502-G01', '520502');
  const bijie = await enrolMember(f, bijieUnit, world.scheme, { hardship: true });
  await f
    .as('bijieCw')
    .claims.submit({ enrolmentId: bijie.enrolmentId, claim: inpatientClaim(), idempotencyKey: freshKey() });
}

/**
 * The two-county world of the trust suite: households at several stages, plans, a payment, a
 * claim, an import, a survey campaign and targets in 遵义/红花岗区 and 毕节/七星关区.
 */
export async function buildTwoCountyWorld(f: Fixture): Promise<void> {
  await fillCounty(f, '520302');
  await fillCounty(f, '520502');
  await fileClaims(f);
  await openCampaign(f);
  await f.as('admin').assessment.setTargets({
    year: 2026,
    targets: [
      { orgId: f.orgId('520300'), metric: 'EXITS', targetValue: 10 },
      { orgId: f.orgId('520500'), metric: 'EXITS', targetValue: 5 },
    ],
  } as never);
}

/**
 * Every row with an id that belongs to an org: tables with an org_path column, and tables that
 * hang off a household (household_id). Read from the catalogue, so new tables join by themselves.
 */
export async function collectScopedRows(f: Fixture): Promise<ScopedRow[]> {
  const cols = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_name in ('id', 'org_path', 'household_id')`.execute(f.handle.db);
  const byTable = new Map<string, Set<string>>();
  for (const c of cols.rows)
    byTable.set(c.table_name, (byTable.get(c.table_name) ?? new Set()).add(c.column_name));
  // Org units themselves: an orgId field may name a unit of the other county.
  const units = await f.handle.db.selectFrom('org_unit').select(['id', 'path']).execute();
  const rows: ScopedRow[] = units.map((u) => ({
    table: 'org_unit',
    id: u.id,
    orgPath: u.path,
    householdId: null,
  }));
  for (const [table, set] of [...byTable].sort(([a], [b]) => a.localeCompare(b))) {
    if (!set.has('id')) continue;
    const t = sql.table(table);
    type Found = { id: string; org_path: string; household_id: string | null };
    const hh = set.has('household_id')
      ? sql`x.household_id::text`
      : table === 'household'
        ? sql`x.id::text`
        : sql`null`;
    const found = set.has('org_path')
      ? await sql<Found>`select x.id::text as id, x.org_path, ${hh} as household_id from ${t} x`.execute(
          f.handle.db,
        )
      : set.has('household_id')
        ? await sql<Found>`
            select x.id::text as id, h.org_path, ${hh} as household_id
            from ${t} x join household h on h.id = x.household_id`.execute(f.handle.db)
        : null;
    for (const r of found?.rows ?? [])
      rows.push({ table, id: r.id, orgPath: r.org_path, householdId: r.household_id });
  }
  return rows;
}

/** Configuration a parent union runs for its subtree, and the org chain itself: visible below by design. */
const RUN_FOR_SUBTREE = new Set(['ma_scheme', 'org_unit']);

/** The rows an actor at `path` must not reach: outside its subtree, save subtree-wide configuration above it. */
export const outOfReach = (rows: ScopedRow[], path: string): ScopedRow[] =>
  rows.filter(
    (r) => !r.orgPath.startsWith(path) && !(RUN_FOR_SUBTREE.has(r.table) && path.startsWith(r.orgPath)),
  );

/** Rows inside an org path's subtree, and rows outside it. */
export const within = (rows: ScopedRow[], path: string): ScopedRow[] =>
  rows.filter((r) => r.orgPath.startsWith(path));
export const outside = (rows: ScopedRow[], path: string): ScopedRow[] =>
  rows.filter((r) => !r.orgPath.startsWith(path));

/** A digest of every table's content: equal digests mean a call changed nothing. */
export async function databaseDigest(f: Fixture): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(f.handle.db);
  const out: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{ d: string | null }>`
      select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${sql.table(table_name)} t`.execute(
      f.handle.db,
    );
    out[table_name] = r.rows[0]?.d ?? '';
  }
  return out;
}
