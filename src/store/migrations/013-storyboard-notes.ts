import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** Team leads' learning notes for seminar storyboards: one per seminar and team. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('storyboard_notes')
      .addColumn('seminar_id', 'text', (c) => c.notNull().references('seminars.id'))
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('storyboard_notes_pk', ['seminar_id', 'team_id'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('storyboard_notes').execute();
}
