import { type Database, newId, withTransaction } from '@bangfu/db';
import {
  DomainError,
  type MutualAidScheme,
  MutualAidSchemeSchema,
  type SchemePublishInput,
} from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { notFound, subtreePattern } from '../common/scope';
import type { StaffContext } from './mutual-aid-errors';
import { type SchemeDto, toSchemeDto } from './scheme-rows';

/** The union that runs a region's scheme: the federation whose division is the scheme's region. */
export async function schemeOrgFor(
  trx: Transaction<Database>,
  ctx: StaffContext,
  divisionCode: string,
): Promise<{ id: string; path: string } | undefined> {
  return trx
    .selectFrom('org_unit')
    .select(['id', 'path'])
    .where('division_code', '=', divisionCode)
    .where('kind', 'in', ['PROVINCE', 'PREFECTURE', 'COUNTY'])
    .where('path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy(sql`length(path)`)
    .limit(1)
    .executeTakeFirst();
}

export function parseSchemeInput(body: unknown): MutualAidScheme {
  const parsed = MutualAidSchemeSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = ['body', ...issue.path].join('.');
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  throw new DomainError('VALIDATION', { zh: '互助方案内容无效', en: 'Invalid scheme' }, { fieldErrors });
}

/**
 * Writes `scheme` as the next version of its code and closes the term's version before it to new
 * enrolments. Earlier versions stay as they were: enrolments and claims keep pointing at them.
 */
export async function insertSchemeVersion(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: { scheme: MutualAidScheme; expectedVersion?: number; note?: string },
): Promise<SchemeDto> {
  const { scheme } = input;
  const org = await schemeOrgFor(trx, ctx, scheme.divisionCode);
  if (!org) throw notFound({ zh: '该地区的工会组织不存在', en: 'No union for this region in your scope' });
  // One publisher per code at a time, so version numbers never collide.
  await sql`select pg_advisory_xact_lock(7426012, hashtext(${scheme.code}))`.execute(trx);
  const latest = await trx
    .selectFrom('ma_scheme')
    .select(['version', 'org_path'])
    .where('code', '=', scheme.code)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest && !latest.org_path.startsWith(ctx.actor.orgPath)) {
    throw new DomainError('CONFLICT', {
      zh: '方案代码已被其他地区使用',
      en: 'Another region uses this scheme code',
    });
  }
  const current = latest?.version ?? 0;
  if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
    throw new DomainError(
      'VERSION_CONFLICT',
      {
        zh: '该方案已有更新版本,请刷新后重试',
        en: 'A newer version of this scheme exists; reload and try again',
      },
      { currentVersion: current },
    );
  }
  await trx
    .updateTable('ma_scheme')
    .set({ status: 'CLOSED' })
    .where('code', '=', scheme.code)
    .where('term_year', '=', scheme.termYear)
    .where('status', '=', 'ACTIVE')
    .execute();
  const id = newId(ctx.now().getTime());
  const row = await trx
    .insertInto('ma_scheme')
    .values({
      id,
      code: scheme.code,
      version: current + 1,
      name: scheme.name.zh,
      body: JSON.stringify(scheme),
      division_code: scheme.divisionCode,
      org_id: org.id,
      org_path: org.path,
      term_year: scheme.termYear,
      status: 'ACTIVE',
      note: input.note ?? null,
      created_by: ctx.actor.userId,
      created_at: ctx.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx, {
    action: 'mutual_aid.scheme.publish',
    entityType: 'ma_scheme',
    entityId: id,
    after: { code: scheme.code, version: current + 1, note: input.note ?? null, body: scheme },
  });
  return toSchemeDto(row);
}

/** 发布互助方案: a new version of a scheme, validated as a whole before anything is written. */
export async function publishScheme({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SchemePublishInput;
}): Promise<SchemeDto> {
  const scheme = parseSchemeInput(input.body);
  return withTransaction(ctx.db, (trx) =>
    insertSchemeVersion(trx, ctx, { scheme, expectedVersion: input.expectedVersion, note: input.note }),
  );
}
