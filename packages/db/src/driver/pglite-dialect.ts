import type { PGliteInterface } from '@electric-sql/pglite';
import {
  AbortedTransactionError,
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { isBackground, yieldToEventLoop } from './background';

export interface PGliteDialectConfig {
  /**
   * An open instance, which stays the caller's to close, or a factory, whose instance the dialect owns
   * and closes on `db.destroy()`. The factory runs on the first query.
   */
  readonly pglite: PGliteInterface | (() => Promise<PGliteInterface>);
}

/**
 * Kysely over one in-process PGlite. PostgreSQL's own SQL, adapter and introspector apply unchanged; only
 * the driver differs, because PGlite is a single session: see {@link PGliteDriver}.
 */
export class PGliteDialect implements Dialect {
  readonly #config: PGliteDialectConfig;

  constructor(config: PGliteDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new PGliteDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: the Dialect interface hands over an untyped Kysely.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

/**
 * PGlite has exactly one session, so "a connection" here is that session lent to one holder at a time.
 * Without the lock, two concurrent `db.transaction()` calls would both send BEGIN into the same session
 * and run inside one shared transaction: one's ROLLBACK would undo the other's writes, and a query outside
 * any transaction would see uncommitted rows. PGlite's own per-query lock does not prevent that — it
 * serialises statements, not transactions.
 *
 * The adapter keeps PostgreSQL's `supportsMultipleConnections` (true), so Kysely adds no lock of its own
 * and this driver is the one place the rule lives. Code that calls `db` instead of `trx` inside a
 * transaction therefore waits for itself forever here (on PostgreSQL it would run outside the transaction)
 * — always use the executor you were given.
 */
export class PGliteDriver implements Driver {
  readonly #config: PGliteDialectConfig;
  readonly #lock: SessionLock;
  #pglite: PGliteInterface | undefined;
  #ownsPglite = false;
  #connection: PGliteConnection | undefined;

  constructor(config: PGliteDialectConfig) {
    this.#config = config;
    this.#lock = new SessionLock();
  }

  async init(): Promise<void> {
    const { pglite } = this.#config;
    this.#ownsPglite = typeof pglite === 'function';
    this.#pglite = typeof pglite === 'function' ? await pglite() : pglite;
    if (this.#pglite.closed) throw new Error('The PGlite instance given to PGliteDialect is already closed');
    await this.#pglite.waitReady;
    this.#connection = new PGliteConnection(this.#pglite);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock.acquire(isBackground());
    if (!this.#connection) {
      this.#lock.release();
      throw new Error('PGliteDriver used before init or after destroy');
    }
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#lock.release();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // Both values come from Kysely's closed unions (validated by Kysely), so inlining them is safe.
    const modes = [
      settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : '',
      settings.accessMode ?? '',
    ].filter(Boolean);
    await connection.executeQuery(
      CompiledQuery.raw(modes.length ? `start transaction ${modes.join(' ')}` : 'begin'),
    );
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    // PostgreSQL answers COMMIT with a ROLLBACK tag when an earlier statement failed and the caller
    // swallowed the error: nothing was saved, and the caller must hear about it.
    if (asPGliteConnection(connection).lastCommand === 'ROLLBACK') throw new AbortedTransactionError();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  async destroy(): Promise<void> {
    // Wait for the current holder (an open transaction) to finish instead of closing under it.
    await this.#lock.acquire(false);
    const pglite = this.#pglite;
    this.#connection = undefined;
    this.#pglite = undefined;
    this.#lock.release();
    if (pglite && this.#ownsPglite && !pglite.closed) await pglite.close();
  }
}

const AFFECTED_ROWS_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

class PGliteConnection implements DatabaseConnection {
  readonly #pglite: PGliteInterface;
  /** Command tag of the last statement; read by `commitTransaction` while it still holds the session. */
  lastCommand: string | undefined;

  constructor(pglite: PGliteInterface) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    this.lastCommand = undefined;
    const result = await this.#pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters], {
      rowMode: 'object',
    });
    this.lastCommand = result.command;
    return {
      rows: result.rows,
      numAffectedRows:
        result.command && AFFECTED_ROWS_COMMANDS.has(result.command)
          ? BigInt(result.affectedRows ?? 0)
          : undefined,
    };
  }

  // PGlite has no cursors over its query API; faking a stream by buffering would hide the memory cost.
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGliteDialect does not support streaming; page the query with limit/offset or keyset');
  }
}

function asPGliteConnection(connection: DatabaseConnection): PGliteConnection {
  if (!(connection instanceof PGliteConnection)) throw new Error('Not a PGliteDialect connection');
  return connection;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The session's mutex, with two queues. Requests (foreground) are served first-come first-served,
 * and `release` hands the lock straight to the next one, so none can jump the queue. Background
 * work gets the session when no request waits, after a turn of the event loop: requests that
 * arrived meanwhile, and a request between two of its statements, queue first. Requests arrive
 * over the network, so the loop turns and a batch still gets its turn under load.
 */
class SessionLock {
  #held = false;
  readonly #foreground: Array<() => void> = [];
  readonly #background: Array<() => void> = [];
  #handoffScheduled = false;

  async acquire(background: boolean): Promise<void> {
    // Requests that arrived meanwhile are read first and queue ahead of the batch.
    if (background) await yieldToEventLoop();
    if (!this.#held && (!background || this.#background.length === 0)) {
      this.#held = true;
      return;
    }
    await new Promise<void>((grant) => {
      if (background) this.#background.push(grant);
      else this.#foreground.push(grant);
    });
  }

  release(): void {
    if (!this.#held) throw new Error('PGliteDriver released a session it does not hold');
    const next = this.#foreground.shift();
    if (next) {
      next();
      return;
    }
    this.#held = false;
    if (this.#background.length > 0) this.#scheduleBackground();
  }

  #scheduleBackground(): void {
    if (this.#handoffScheduled) return;
    this.#handoffScheduled = true;
    setImmediate(() => {
      this.#handoffScheduled = false;
      // A request that came in meanwhile holds the session; its release looks again.
      if (this.#held) return;
      const grant = this.#background.shift();
      if (!grant) return;
      this.#held = true;
      grant();
    });
  }
}
