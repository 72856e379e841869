import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** What a team asks of its sponsor on a PDSA cycle ("brug for hjælp fra sponsor"), and since when. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('pdsa_cycles').addColumn('sponsor_help', 'text').execute();
    await db.schema.alterTable('pdsa_cycles').addColumn('sponsor_help_at', 'text').execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pdsa_cycles').dropColumn('sponsor_help_at').execute();
  await db.schema.alterTable('pdsa_cycles').dropColumn('sponsor_help').execute();
}
