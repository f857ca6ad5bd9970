import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `fn` in a transaction: the caller's own when it already has one, a new one otherwise. Use-cases and
 * query helpers can then take "an executor" and compose, without knowing whether they are the outermost
 * caller — Kysely throws if `.transaction()` is called on a transaction.
 *
 * Joining is all-or-nothing (no savepoint): if `fn` throws, the error reaches the outer transaction and
 * everything in it rolls back, which is what one use-case = one transaction needs.
 */
export async function withTransaction<DB, T>(
  executor: Kysely<DB> | Transaction<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (executor.isTransaction) return fn(executor as Transaction<DB>);
  return executor.transaction().execute(fn);
}
