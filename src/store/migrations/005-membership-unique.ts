import { sql, type Kysely } from 'kysely';
import { atomically } from './atomically';

/** One membership per person, role and scope, so two concurrent grants cannot both insert. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await sql`create unique index memberships_unique_scope on memberships
      (person_id, role, coalesce(team_id, ''), coalesce(collaborative_id, ''), coalesce(region, ''))`.execute(db);
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('memberships_unique_scope').execute();
}
