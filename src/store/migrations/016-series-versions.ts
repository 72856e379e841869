import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/**
 * One version token per series (measure, team), replaced in the transaction of every write to its measurements,
 * so an instance can keep a loaded series in memory and check it with one small read (see series-cache.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('series_versions')
      .addColumn('measure_id', 'text', (c) => c.notNull().references('measures.id'))
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('series_versions_pk', ['measure_id', 'team_id'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('series_versions').execute();
}
