import type { Database } from '@bangfu/db';
import { CompiledQuery, type Kysely } from 'kysely';

/** EXPLAIN (ANALYZE, BUFFERS) of a compiled query with its parameters; the plan as text lines. */
export async function explainAnalyze(db: Kysely<Database>, query: CompiledQuery): Promise<string[]> {
  const result = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]),
  );
  return result.rows.map((r) => r['QUERY PLAN']);
}

/** The plan's node lines without timing detail, for a one-glance shape. */
export function planShape(plan: readonly string[]): string[] {
  return plan
    .filter((line) => /^\s*(->\s*)?[A-Z][A-Za-z ]+(?: on | using |\s*\(cost)/.test(line))
    .map((line) => line.replace(/\s*\(cost=.*$/, '').replace(/\s*\(actual.*$/, ''));
}
