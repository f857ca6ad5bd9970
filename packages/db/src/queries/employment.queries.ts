import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { Database, EmployerTable, JobFairTable, PositionTable } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

const likeSubtree = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A prefecture code ends in 00 and matches its counties; the province matches all. */
export function divisionPrefix(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

// ---- employers -------------------------------------------------------------------------------

function employerQuery(db: Executor) {
  return db
    .selectFrom('employer as e')
    .innerJoin('org_unit as o', 'o.id', 'e.org_id')
    .select([
      'e.id',
      'e.org_id',
      'e.org_path',
      'o.name as org_name',
      'e.name',
      'e.division_code',
      'e.industry',
      'e.address',
      'e.contact_name',
      'e.contact_phone_enc',
      'e.version',
      'e.created_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('position as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.employer_id', '=', 'e.id')
        .as('position_count'),
    );
}

export type EmployerRow = Awaited<ReturnType<typeof getEmployer>> & {};

/** One employer with its union's name and its number of positions; `scopePath` limits it to a subtree. */
export function getEmployer(db: Executor, input: { id: string; scopePath?: string }) {
  let q = employerQuery(db).where('e.id', '=', input.id);
  if (input.scopePath) q = q.where('e.org_path', 'like', likeSubtree(input.scopePath));
  return q.executeTakeFirst();
}

/** A keyset page of employers by name; fetches limit + 1 rows so the caller knows if more follow. */
export function listEmployerPage(
  db: Executor,
  q: { nameContains?: string | undefined; after?: { name: string; id: string } | undefined; limit: number },
) {
  let query = employerQuery(db);
  if (q.nameContains) query = query.where('e.name', 'ilike', likeContains(q.nameContains));
  if (q.after) query = query.where(sql<boolean>`(e.name, e.id) > (${q.after.name}, ${q.after.id}::uuid)`);
  return query
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(q.limit + 1)
    .execute();
}

export function insertEmployer(trx: Transaction<Database>, row: Insertable<EmployerTable>) {
  return trx.insertInto('employer').values(row).execute();
}

// ---- positions -------------------------------------------------------------------------------

function positionQuery(db: Executor) {
  return db
    .selectFrom('position as p')
    .innerJoin('employer as e', 'e.id', 'p.employer_id')
    .selectAll('p')
    .select([
      'e.name as employer_name',
      'e.address as employer_address',
      'e.contact_name as employer_contact_name',
    ]);
}

export type PositionRow = Awaited<ReturnType<typeof getPosition>> & {};

/** One position with its employer's name; `scopePath` limits it to a subtree, `forUpdate` locks it. */
export function getPosition(db: Executor, input: { id: string; scopePath?: string; forUpdate?: boolean }) {
  let q = positionQuery(db).where('p.id', '=', input.id);
  if (input.scopePath) q = q.where('p.org_path', 'like', likeSubtree(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst();
}

export interface PositionPageQuery {
  employerId?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  divisionCode?: string | undefined;
  /** Only positions listed on this date: open, within their dates, not filled (isPositionListed). */
  listedOn?: string | undefined;
  /** The id of the last row of the previous page (newest first). */
  afterId?: string | undefined;
  limit: number;
}

/** A keyset page of positions, newest first (ids are time-ordered); limit + 1 rows. */
export function listPositionPage(db: Executor, q: PositionPageQuery) {
  let query = positionQuery(db);
  if (q.employerId) query = query.where('p.employer_id', '=', q.employerId);
  if (q.status) query = query.where('p.status', '=', q.status);
  if (q.category) query = query.where('p.category', '=', q.category);
  if (q.divisionCode) query = query.where('p.division_code', 'like', `${divisionPrefix(q.divisionCode)}%`);
  if (q.listedOn) query = whereListed(query, q.listedOn);
  if (q.afterId) query = query.where('p.id', '<', q.afterId);
  return query
    .orderBy('p.id', 'desc')
    .limit(q.limit + 1)
    .execute();
}

/** The SQL form of isPositionListed (domain), for filtering a page in the database. */
function whereListed<Q extends ReturnType<typeof positionQuery>>(query: Q, asOf: string): Q {
  return query
    .where('p.status', '=', 'OPEN')
    .where('p.valid_from', '<=', asOf)
    .where('p.valid_to', '>=', asOf)
    .where(sql<boolean>`p.filled < p.headcount`) as Q;
}

export function insertPosition(trx: Transaction<Database>, row: Insertable<PositionTable>) {
  return trx.insertInto('position').values(row).execute();
}

/** Writes a position if it still has `version`; returns how many rows changed (0 or 1). */
export async function updatePosition(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: Updateable<PositionTable> },
): Promise<number> {
  const r = await trx
    .updateTable('position')
    .set({ ...input.set, version: input.version + 1 })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Positions of an employer among `ids` (guards the empty list). */
export async function listEmployerPositionIds(
  db: Executor,
  input: { employerId: string; ids: readonly string[] },
): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const rows = await db
    .selectFrom('position')
    .select('id')
    .where('employer_id', '=', input.employerId)
    .where('id', 'in', [...input.ids])
    .execute();
  return rows.map((r) => r.id);
}

// ---- fairs -----------------------------------------------------------------------------------

function fairQuery(db: Executor) {
  return db
    .selectFrom('job_fair as f')
    .innerJoin('org_unit as o', 'o.id', 'f.organiser_org_id')
    .selectAll('f')
    .select('o.name as organiser_name')
    .select((eb) => [
      eb
        .selectFrom('fair_booth as b')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('b.fair_id', '=', 'f.id')
        .as('booth_count'),
      eb
        .selectFrom('fair_position as fp')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('fp.fair_id', '=', 'f.id')
        .as('position_count'),
    ]);
}

export type FairRow = Awaited<ReturnType<typeof getFair>> & {};

/** One fair with its organiser's name and counts; `scopePath` limits it, `forUpdate` locks it. */
export function getFair(
  db: Executor,
  input: { id: string; scopePath?: string; status?: string; forUpdate?: boolean },
) {
  let q = fairQuery(db).where('f.id', '=', input.id);
  if (input.scopePath) q = q.where('f.org_path', 'like', likeSubtree(input.scopePath));
  if (input.status) q = q.where('f.status', '=', input.status);
  if (input.forUpdate) q = q.forUpdate('f');
  return q.executeTakeFirst();
}

/** A keyset page of fairs, latest start first; limit + 1 rows. */
export function listFairPage(
  db: Executor,
  q: { status?: string | undefined; after?: { startDate: string; id: string } | undefined; limit: number },
) {
  let query = fairQuery(db);
  if (q.status) query = query.where('f.status', '=', q.status);
  const a = q.after;
  if (a) query = query.where(sql<boolean>`(f.start_date, f.id) < (${a.startDate}::date, ${a.id}::uuid)`);
  return query
    .orderBy('f.start_date', 'desc')
    .orderBy('f.id', 'desc')
    .limit(q.limit + 1)
    .execute();
}

export function insertFair(trx: Transaction<Database>, row: Insertable<JobFairTable>) {
  return trx.insertInto('job_fair').values(row).execute();
}

export async function updateFair(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: Updateable<JobFairTable> },
): Promise<number> {
  const r = await trx
    .updateTable('job_fair')
    .set({ ...input.set, version: input.version + 1 })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Marks a fair changed without a new version (booths are edited beside the fair's own fields). */
export function touchFair(trx: Transaction<Database>, input: { id: string; at: Date }) {
  return trx.updateTable('job_fair').set({ updated_at: input.at }).where('id', '=', input.id).execute();
}

// ---- booths, fair positions, interest ---------------------------------------------------------

export function listFairBooths(db: Executor, input: { fairId: string }) {
  return db
    .selectFrom('fair_booth as b')
    .innerJoin('employer as e', 'e.id', 'b.employer_id')
    .select(['b.employer_id', 'b.booth_no', 'e.name as employer_name'])
    .where('b.fair_id', '=', input.fairId)
    .orderBy('b.booth_no')
    .execute();
}

/** The booth holding `boothNo` at a fair, if any. */
export function getBoothByNumber(db: Executor, input: { fairId: string; boothNo: string }) {
  return db
    .selectFrom('fair_booth')
    .select(['employer_id', 'booth_no'])
    .where('fair_id', '=', input.fairId)
    .where('booth_no', '=', input.boothNo)
    .executeTakeFirst();
}

/** An employer's booth at a fair and the ids of the positions it offers there. */
export async function getFairBooth(db: Executor, input: { fairId: string; employerId: string }) {
  const booth = await db
    .selectFrom('fair_booth')
    .select('booth_no')
    .where('fair_id', '=', input.fairId)
    .where('employer_id', '=', input.employerId)
    .executeTakeFirst();
  if (!booth) return undefined;
  const positions = await db
    .selectFrom('fair_position')
    .select('position_id')
    .where('fair_id', '=', input.fairId)
    .where('employer_id', '=', input.employerId)
    .orderBy('position_id')
    .execute();
  return { booth_no: booth.booth_no, position_ids: positions.map((p) => p.position_id) };
}

/** Sets an employer's booth at a fair and the positions offered there, replacing what it had. */
export async function upsertFairBooth(
  trx: Transaction<Database>,
  input: { fairId: string; employerId: string; boothNo: string; positionIds: readonly string[] },
): Promise<void> {
  await trx
    .insertInto('fair_booth')
    .values({ fair_id: input.fairId, employer_id: input.employerId, booth_no: input.boothNo })
    .onConflict((oc) => oc.columns(['fair_id', 'employer_id']).doUpdateSet({ booth_no: input.boothNo }))
    .execute();
  await trx
    .deleteFrom('fair_position')
    .where('fair_id', '=', input.fairId)
    .where('employer_id', '=', input.employerId)
    .execute();
  if (input.positionIds.length === 0) return;
  await trx
    .insertInto('fair_position')
    .values(
      input.positionIds.map((id) => ({
        fair_id: input.fairId,
        position_id: id,
        employer_id: input.employerId,
      })),
    )
    .execute();
}

/** Removes a booth and, through the foreign key, its positions; returns rows removed (0 or 1). */
export async function deleteFairBooth(
  trx: Transaction<Database>,
  input: { fairId: string; employerId: string },
): Promise<number> {
  const r = await trx
    .deleteFrom('fair_booth')
    .where('fair_id', '=', input.fairId)
    .where('employer_id', '=', input.employerId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The positions offered at a fair, with their booth number, by booth. */
export function listFairPositions(db: Executor, input: { fairId: string }) {
  return positionQuery(db)
    .innerJoin('fair_position as fp', 'fp.position_id', 'p.id')
    .innerJoin('fair_booth as b', (j) =>
      j.onRef('b.fair_id', '=', 'fp.fair_id').onRef('b.employer_id', '=', 'fp.employer_id'),
    )
    .select('b.booth_no')
    .where('fp.fair_id', '=', input.fairId)
    .orderBy('b.booth_no')
    .orderBy('p.id')
    .execute();
}

export function isPositionInFair(db: Executor, input: { fairId: string; positionId: string }) {
  return db
    .selectFrom('fair_position')
    .select('position_id')
    .where('fair_id', '=', input.fairId)
    .where('position_id', '=', input.positionId)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

/** Fairs in `status` offering a position that have not ended before `endingOnOrAfter`, soonest first. */
export function listPositionFairs(
  db: Executor,
  input: { positionId: string; status: string; endingOnOrAfter: string },
) {
  return db
    .selectFrom('fair_position as fp')
    .innerJoin('job_fair as f', 'f.id', 'fp.fair_id')
    .select(['f.id', 'f.name'])
    .where('fp.position_id', '=', input.positionId)
    .where('f.status', '=', input.status)
    .where('f.end_date', '>=', input.endingOnOrAfter)
    .orderBy('f.start_date')
    .orderBy('f.id')
    .execute();
}

export function listFairInterest(db: Executor, input: { fairId: string }) {
  return db
    .selectFrom('fair_interest')
    .select(['position_id', 'count'])
    .where('fair_id', '=', input.fairId)
    .orderBy('position_id')
    .execute();
}

/** Adds one visitor's interest in a position at a fair, atomically; returns the new count. */
export async function incrementFairInterest(
  db: Executor,
  input: { fairId: string; positionId: string },
): Promise<number> {
  const row = await db
    .insertInto('fair_interest')
    .values({ fair_id: input.fairId, position_id: input.positionId, count: 1 })
    .onConflict((oc) =>
      oc.columns(['fair_id', 'position_id']).doUpdateSet({ count: sql<number>`fair_interest.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}
