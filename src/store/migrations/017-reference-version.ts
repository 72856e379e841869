import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/**
 * One counter row that every change to collaboratives, teams and measures increments in its own transaction, so an
 * instance may keep those rows in memory and check in each turn's first statement that they are still current.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('reference_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('reference_version').values({ id: 1, version: 0 }).execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reference_version').execute();
}
