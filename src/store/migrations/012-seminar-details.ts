import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/**
 * Seminar details for the calendar entry: an end time (older rows have none and are read as three hours long),
 * a material link, and the iCalendar SEQUENCE with the time of the last change (DTSTAMP).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('seminars').addColumn('ends_at', 'text').execute();
    await db.schema.alterTable('seminars').addColumn('material_url', 'text').execute();
    await db.schema
      .alterTable('seminars')
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('seminars').addColumn('updated_at', 'text').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['updated_at', 'sequence', 'material_url', 'ends_at']) {
    await db.schema.alterTable('seminars').dropColumn(column).execute();
  }
}
