import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables';

/** Runs fn in the caller's transaction when there is one, else in a new one (nested use reuses it). */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute((trx: Transaction<Database>) => fn(trx));
}
