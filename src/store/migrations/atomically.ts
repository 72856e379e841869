import type { Kysely } from 'kysely';

/**
 * Runs a migration step in one transaction. Kysely wraps migrations in a transaction only where it assumes
 * transactional DDL (PostgreSQL); SQLite has it too, so a failed migration never leaves half a schema.
 */
export async function atomically(db: Kysely<any>, fn: (db: Kysely<any>) => Promise<void>): Promise<void> {
  if (db.isTransaction) return fn(db);
  await db.transaction().execute(fn);
}
