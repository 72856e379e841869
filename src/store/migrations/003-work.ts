import type { Kysely } from 'kysely';
import { atomically } from './atomically';

/** PDSA cycles, action plans, seminars with RSVPs, sponsor subscriptions and broadcasts. */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('pdsa_cycles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('change_idea', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('persons.id'))
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('plan_json', 'text', (c) => c.notNull())
      .addColumn('do_json', 'text')
      .addColumn('study_json', 'text')
      .addColumn('act_json', 'text')
      .addColumn('due_dates_json', 'text', (c) => c.notNull())
      .addColumn('measure_ids_json', 'text', (c) => c.notNull())
      .addColumn('previous_cycle_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pdsa_cycles_team').on('pdsa_cycles').column('team_id').execute();

    await db.schema
      .createTable('action_plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('what_to_change', 'text', (c) => c.notNull())
      .addColumn('success_criterion', 'text')
      .addColumn('when_text', 'text')
      .addColumn('steps_json', 'text', (c) => c.notNull())
      .addColumn('test_method', 'text')
      .addColumn('report_back', 'text')
      .addColumn('plan_date', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_plans_team').on('action_plans').column('team_id').execute();

    await db.schema
      .createTable('seminars')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('collaborative_id', 'text', (c) => c.notNull().references('collaboratives.id'))
      .addColumn('region', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('online_url', 'text')
      .addColumn('agenda', 'text')
      .addColumn('reminder_days_json', 'text', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('seminars_collaborative').on('seminars').column('collaborative_id').execute();

    await db.schema
      .createTable('seminar_rsvps')
      .addColumn('seminar_id', 'text', (c) => c.notNull().references('seminars.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('attending', 'integer', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('seminar_rsvps_pk', ['seminar_id', 'person_id'])
      .execute();

    await db.schema
      .createTable('sponsor_subscriptions')
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('time', 'text', (c) => c.notNull())
      .addColumn('paused', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('sponsor_subscriptions_pk', ['person_id', 'team_id'])
      .execute();

    await db.schema
      .createTable('broadcasts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('collaborative_id', 'text', (c) => c.notNull().references('collaboratives.id'))
      .addColumn('region', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('report_json', 'text')
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['broadcasts', 'sponsor_subscriptions', 'seminar_rsvps', 'seminars', 'action_plans', 'pdsa_cycles'])
    await db.schema.dropTable(t).execute();
}
