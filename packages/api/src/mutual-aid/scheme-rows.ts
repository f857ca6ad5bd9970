import type { Database } from '@bangfu/db';
import { type MutualAidPlan, type MutualAidScheme, MutualAidSchemeSchema } from '@bangfu/domain';
import { type ExpressionBuilder, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { ruleViolation, schemeNotFound } from './mutual-aid-errors';

type Executor = Kysely<Database> | Transaction<Database>;
export type SchemeRow = Selectable<Database['ma_scheme']>;

export interface SchemeDto {
  id: string;
  code: string;
  version: number;
  name: { zh: string; en: string };
  divisionCode: string;
  orgId: string;
  termYear: number;
  status: string;
  createdAt: string;
  body: MutualAidScheme;
}

/**
 * A scheme is visible to staff whose scope holds it or lies under it: a county caseworker enrols
 * units into the prefecture's scheme, a fund officer above sees every scheme below.
 */
export function schemeVisibleTo(orgPath: string) {
  return (eb: ExpressionBuilder<Database, 'ma_scheme'>) =>
    eb.or([
      eb('ma_scheme.org_path', 'like', subtreePattern(orgPath)),
      eb(sql<boolean>`starts_with(${orgPath}, ma_scheme.org_path)`, '=', true),
    ]);
}

export function parseSchemeBody(row: Pick<SchemeRow, 'body'>): MutualAidScheme {
  return MutualAidSchemeSchema.parse(row.body);
}

export function toSchemeDto(row: SchemeRow): SchemeDto {
  const body = parseSchemeBody(row);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: body.name,
    divisionCode: row.division_code,
    orgId: row.org_id,
    termYear: row.term_year,
    status: row.status,
    createdAt: row.created_at,
    body,
  };
}

/** Loads a scheme the actor may see; anything else reads as not found. */
export async function getVisibleScheme(
  db: Executor,
  input: { id: string; orgPath: string },
): Promise<SchemeRow> {
  const row = await db
    .selectFrom('ma_scheme')
    .selectAll()
    .where('id', '=', input.id)
    .where(schemeVisibleTo(input.orgPath))
    .executeTakeFirst();
  if (!row) throw schemeNotFound();
  return row;
}

/** A scheme open for enrolment: visible, ACTIVE, and for the term asked about. */
export async function getSchemeForEnrolment(
  db: Executor,
  input: { id: string; orgPath: string; termYear: number },
): Promise<{ row: SchemeRow; scheme: MutualAidScheme }> {
  const row = await getVisibleScheme(db, input);
  if (row.status !== 'ACTIVE') {
    throw ruleViolation({
      zh: '该方案版本已停止参加,请选择现行版本',
      en: 'This scheme version is closed to enrolment; choose the current one',
    });
  }
  if (row.term_year !== input.termYear) {
    throw ruleViolation({
      zh: `该方案适用于 ${row.term_year} 年度,不是 ${input.termYear} 年度`,
      en: `This scheme is for ${row.term_year}, not ${input.termYear}`,
    });
  }
  return { row, scheme: parseSchemeBody(row) };
}

export function planOf(scheme: MutualAidScheme, code: string): MutualAidPlan {
  const plan = scheme.plans.find((p) => p.code === code);
  if (!plan) throw ruleViolation({ zh: `方案中没有计划 ${code}`, en: `No plan ${code} in this scheme` });
  return plan;
}
