import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** Collaboratives, teams, persons with chat identities, memberships and invites. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('collaboratives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('clinical_area', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('goals', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('collaboratives_name_key').on('collaboratives').column('name_key').execute();

    await db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('collaborative_id', 'text', (c) => c.notNull().references('collaboratives.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('municipality', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('teams_collaborative_name')
      .on('teams')
      .columns(['collaborative_id', 'name_key'])
      .execute();

    await db.schema
      .createTable('persons')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('persons_email').on('persons').column('email').execute();

    await db.schema
      .createTable('person_identities')
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_identities_pk', ['platform', 'tenant_id', 'user_id'])
      .execute();
    await db.schema.createIndex('person_identities_person').on('person_identities').column('person_id').execute();

    await db.schema
      .createTable('memberships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text', (c) => c.references('teams.id'))
      .addColumn('collaborative_id', 'text', (c) => c.references('collaboratives.id'))
      .addColumn('region', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();
    await db.schema.createIndex('memberships_team').on('memberships').column('team_id').execute();
    await db.schema.createIndex('memberships_collaborative').on('memberships').column('collaborative_id').execute();

    await db.schema
      .createTable('invites')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['invites', 'memberships', 'person_identities', 'persons', 'teams', 'collaboratives'])
    await db.schema.dropTable(t).execute();
}
