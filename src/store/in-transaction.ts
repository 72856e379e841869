import type { Kysely, Transaction } from 'kysely';
import { groupCommitOf } from './sqlite-group-commit';
import type { Database } from './tables';

/** Runs fn in the caller's transaction when there is one, else in a new one (nested use reuses it). */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return durableTransaction(db, fn);
}

/**
 * Runs fn in a new transaction and resolves once its writes are durable: on SQLite, whose transactions that queue
 * up share one COMMIT (sqlite-group-commit.ts), after the COMMIT of its group; elsewhere when it committed.
 */
export async function durableTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const group = groupCommitOf(db);
  let joined = 0;
  const result = await db.transaction().execute((trx) => {
    joined = group?.current() ?? 0;
    return fn(trx);
  });
  if (group) await group.durable(joined);
  return result;
}
