import { type Database, withTransaction } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import type { Context } from '../context';

export interface LoadedPolicy<T> {
  readonly kind: string;
  /** 0 means the built-in default: no admin has published a version yet. */
  readonly version: number;
  readonly effectiveFrom: string | null;
  readonly body: T;
}

/**
 * The policy of `kind` in force on `asOf` (YYYY-MM-DD; the newest when omitted). Stored bodies
 * are parsed with the current schema, so a default added later fills fields older versions lack.
 */
export async function loadPolicy<T>(
  db: Kysely<Database> | Transaction<Database>,
  kind: string,
  schema: z.ZodType<T>,
  fallback: T,
  asOf?: string,
): Promise<LoadedPolicy<T>> {
  let q = db
    .selectFrom('policy_version')
    .select(['version', 'body', 'effective_from'])
    .where('kind', '=', kind)
    .orderBy('effective_from', 'desc')
    .orderBy('version', 'desc')
    .limit(1);
  if (asOf) q = q.where('effective_from', '<=', asOf);
  const row = await q.executeTakeFirst();
  if (!row) return { kind, version: 0, effectiveFrom: null, body: fallback };
  return { kind, version: row.version, effectiveFrom: row.effective_from, body: schema.parse(row.body) };
}

/** Publishes a new version of a policy; earlier versions stay as they were, for the record. */
export async function publishPolicy<T>(
  ctx: Pick<Context, 'db' | 'actor' | 'ip' | 'now'>,
  input: { kind: string; schema: z.ZodType<T>; body: unknown; effectiveFrom: string; note?: string | null },
): Promise<LoadedPolicy<T>> {
  const parsed = input.schema.safeParse(input.body);
  if (!parsed.success) {
    throw new DomainError(
      'VALIDATION',
      { zh: '配置内容无效', en: 'Invalid policy' },
      {
        fieldErrors: Object.fromEntries(
          parsed.error.issues.map((i) => [`body.${i.path.join('.')}`, [i.message]]),
        ),
      },
    );
  }
  return withTransaction(ctx.db, async (trx) => {
    // One publisher per kind at a time, so version numbers never collide.
    await sql`select pg_advisory_xact_lock(7426002, hashtext(${input.kind}))`.execute(trx);
    const last = await trx
      .selectFrom('policy_version')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('kind', '=', input.kind)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await trx
      .insertInto('policy_version')
      .values({
        kind: input.kind,
        version,
        body: JSON.stringify(parsed.data),
        effective_from: input.effectiveFrom,
        note: input.note ?? null,
        created_by: ctx.actor?.userId ?? null,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'policy.publish',
      entityType: 'policy',
      entityId: `${input.kind}:${version}`,
      after: parsed.data,
    });
    return { kind: input.kind, version, effectiveFrom: input.effectiveFrom, body: parsed.data };
  });
}
