import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** The control chart a measure is shown with ('auto' = suggested from the data; g, t, pp, up, ip besides c, p, u, i). */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .alterTable('measures')
      .addColumn('chart', 'text', (c) => c.notNull().defaultTo('auto'))
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('measures').dropColumn('chart').execute();
}
