import type { Database } from '@bangfu/db';
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * Runs a query function against a Kysely that compiles with PostgreSQL's compiler but executes nothing
 * (Kysely's DummyDriver returns no rows), and returns the SQL and parameters the function built.
 */
export async function compileWith(build: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery> {
  const captured: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  await build(db);
  await db.destroy();
  if (captured.length !== 1) throw new Error(`expected one query, the function ran ${captured.length}`);
  return captured[0] as CompiledQuery;
}

/**
 * A plugin that records every query compiled through a Kysely instance. Used only on a second app
 * instance, so the timed app runs on the untouched runtime services.
 */
export class QueryRecorder implements KyselyPlugin {
  readonly #compiler = new PostgresQueryCompiler();
  queries: CompiledQuery[] = [];

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries.push(this.#compiler.compileQuery(args.node, args.queryId));
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export const sameQuery = (a: CompiledQuery, b: CompiledQuery): boolean =>
  a.sql === b.sql && JSON.stringify(a.parameters) === JSON.stringify(b.parameters);
