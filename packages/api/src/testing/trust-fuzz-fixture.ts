import type { Database } from '@bangfu/db';
import { DOMAIN_ERROR_CODES, type Role } from '@bangfu/domain';
import { TRPCError } from '@trpc/server';
import { type Kysely, sql } from 'kysely';
import { formatError } from '../errors';
import { appRouter, type createCaller } from '../root';
import type { Meta } from '../trpc';
import { type Fixture, type TestUser, USERS } from './fixture';

type Caller = ReturnType<typeof createCaller>;
type Parser = { safeParse?: (v: unknown) => { success: boolean }; shape?: Record<string, unknown> };
type AnyProcedure = { _def: { meta?: Meta; type: 'query' | 'mutation'; inputs?: Parser[] } };

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation';
  policy: NonNullable<Meta['policy']>;
  /** The top-level keys of its input object (empty for a procedure without input). */
  keys: string[];
  /** Whether the procedure's own input parser accepts the value (true when it reads no input). */
  accepts: (input: unknown) => boolean;
}

/** Every procedure of the app router, with its policy and input keys. */
export function listProcedures(): ProcedureInfo[] {
  const all = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(all).map(([path, p]) => {
    const inputs = p._def.inputs ?? [];
    return {
      path,
      type: p._def.type,
      policy: p._def.meta?.policy ?? { kind: 'public' },
      keys: inputs.flatMap((i) => Object.keys(i.shape ?? {})),
      accepts: (input) => inputs.every((i) => i.safeParse?.(input).success ?? true),
    };
  });
}

/** A user who passes the procedure's staff policy: admin when allowed, else the first with a role. */
export function staffUserFor(roles: readonly Role[]): TestUser {
  if (roles.includes('admin')) return 'admin';
  const found = (Object.keys(USERS) as TestUser[]).find((u) =>
    (USERS[u].roles as readonly Role[]).some((r) => roles.includes(r)),
  );
  if (!found) throw new Error(`no test user holds any of ${roles.join(',')}`);
  return found;
}

/** A caller who gets past the procedure's authorization. */
export async function authorisedCaller(f: Fixture, p: ProcedureInfo, householdId: string): Promise<Caller> {
  if (p.policy.kind === 'staff') return f.as(staffUserFor(p.policy.roles));
  if (p.policy.kind === 'worker') return f.asWorker(householdId);
  return f.as(null);
}

export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (i: unknown) => Promise<unknown>)(input);
}

export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string; httpStatus: number; domainCode: string; error: unknown };

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
};

/** What a call came to, with the status and domain code the client would see. */
export async function outcomeOf(p: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    if (!(error instanceof TRPCError))
      return { ok: false, code: 'THREW', httpStatus: 0, domainCode: '', error };
    const shape = { message: error.message, code: 0, data: {} as Record<string, unknown> };
    const formatted = formatError({ shape, error });
    const domainCode = String(formatted.data.domainCode);
    return { ok: false, code: error.code, httpStatus: STATUS[error.code] ?? 500, domainCode, error };
  }
}

/** A refusal a client can act on: a 4xx with a stable domain code. */
export function isCleanRefusal(o: Outcome): boolean {
  return !o.ok && o.httpStatus >= 400 && o.httpStatus < 500 && isStableCode(o.domainCode);
}

export const isStableCode = (code: string): boolean =>
  (DOMAIN_ERROR_CODES as readonly string[]).includes(code);

/** Per table: its row count and an md5 of all its rows, so any insert, update or delete shows. */
export async function dbFingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const parts = tables.rows.map(
    (t) =>
      sql`select ${t.name}::text as name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as fp from ${sql.table(t.name)} x`,
  );
  const out = await sql<{ name: string; fp: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(out.rows.map((r) => [r.name, r.fp]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/**
 * Watches the whole database for changes. The next transaction id is read first (a cheap query):
 * nothing can have been written unless it moved, so the full fingerprint runs only when it did.
 */
export async function watchDatabase(db: Kysely<Database>) {
  const nextXid = async () =>
    (await sql<{ x: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as x`.execute(db)).rows[0]!
      .x;
  let mark = await nextXid();
  let fingerprint = await dbFingerprint(db);
  let fullChecks = 0;
  return {
    /** The tables changed since the last call. */
    async changes(): Promise<string[]> {
      const m = await nextXid();
      if (m === mark) return [];
      fullChecks++;
      const now = await dbFingerprint(db);
      const changed = changedTables(fingerprint, now);
      fingerprint = now;
      // Read after the fingerprint, whose own query may not move it (it writes nothing).
      mark = await nextXid();
      return changed;
    },
    fullChecks: () => fullChecks,
  };
}

/** Real ids from the database, so generated ids sometimes hit a row (and deeper code paths). */
export async function knownIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    select id::text from household union all select id::text from household_member
    union all select id::text from org_unit union all select id::text from staff_user`.execute(db);
  return rows.rows.map((r) => r.id);
}
