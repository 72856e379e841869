import type { Kysely } from 'kysely';
import { atomically } from './atomically';

interface LegacyStep {
  who?: string;
  what?: string;
  when?: string;
}

/**
 * Action-plan steps get their own rows (owner, deadline, status, comments, sponsor request) so one step can be
 * marked done or moved without rewriting the plan. Steps kept as JSON on the plan move over, their free-text
 * "who" becoming the owner's name and a "when" that is a date becoming the deadline.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('action_plan_steps')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('action_plans.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('what', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('persons.id'))
      .addColumn('owner_name', 'text')
      .addColumn('due_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .addColumn('sponsor_help', 'text')
      .addColumn('comments_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_plan_steps_plan').on('action_plan_steps').column('plan_id').execute();
    const plans = await db.selectFrom('action_plans').select(['id', 'steps_json', 'created_at']).execute();
    for (const p of plans as Array<{ id: string; steps_json: string; created_at: string }>) {
      const steps = JSON.parse(p.steps_json) as LegacyStep[];
      for (const [i, s] of steps.entries()) {
        await db
          .insertInto('action_plan_steps')
          .values({
            id: `${p.id}:${i}`,
            plan_id: p.id,
            position: i,
            what: s.what ?? '',
            owner_id: null,
            owner_name: s.who ?? null,
            due_date: s.when && /^\d{4}-\d{2}-\d{2}$/.test(s.when) ? s.when : null,
            status: 'open',
            done_at: null,
            sponsor_help: null,
            comments_json: '[]',
            updated_at: p.created_at,
          })
          .execute();
      }
      await db.updateTable('action_plans').set({ steps_json: '[]' }).where('id', '=', p.id).execute();
    }
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('action_plan_steps').execute();
}
