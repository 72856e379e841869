import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { actionPlanInput, actionStepPatch, type ActionPlan } from '../../domain/model/action-plan';
import type { ActionPlanRepo } from '../../domain/ports/work-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, iso, newId } from '../codec';
import { inTransaction } from '../in-transaction';
import type { ActionPlanTable, Database } from '../tables';
import { commentsJson, insertSteps, stepsOfPlans, toStep } from './action-step-rows';

function toPlan(r: Selectable<ActionPlanTable>, steps: ActionPlan['steps']): ActionPlan {
  return {
    id: r.id,
    teamId: r.team_id,
    title: r.title,
    whatToChange: r.what_to_change,
    successCriterion: r.success_criterion,
    when: r.when_text,
    steps,
    testMethod: r.test_method,
    reportBack: r.report_back,
    planDate: r.plan_date,
    createdBy: r.created_by,
    createdAt: date(r.created_at),
  };
}

async function withSteps(db: Kysely<Database>, rows: Array<Selectable<ActionPlanTable>>): Promise<ActionPlan[]> {
  const steps = await stepsOfPlans(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPlan(r, steps.get(r.id) ?? []));
}

async function getPlan(db: Kysely<Database>, id: string): Promise<ActionPlan | null> {
  const r = await db.selectFrom('action_plans').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? (await withSteps(db, [r]))[0]! : null;
}

/** Action plans and their steps on Kysely; every write is audited in its transaction. */
export function createActionPlanRepo(db: Kysely<Database>): ActionPlanRepo {
  return {
    async create(input, actor) {
      const p = parseInput(actionPlanInput, input);
      const row = {
        id: p.id ?? newId(),
        team_id: p.teamId,
        title: p.title,
        what_to_change: p.whatToChange,
        success_criterion: p.successCriterion,
        when_text: p.when,
        steps_json: '[]',
        test_method: p.testMethod,
        report_back: p.reportBack,
        plan_date: p.planDate,
        created_by: actor.personId,
        created_at: iso(actor.at),
      };
      return inTransaction(db, async (trx) => {
        if (!(await trx.selectFrom('teams').select('id').where('id', '=', p.teamId).executeTakeFirst()))
          throw new DomainError('UNKNOWN_TEAM', {});
        if (await trx.selectFrom('action_plans').select('id').where('id', '=', row.id).executeTakeFirst())
          throw new DomainError('DUPLICATE', { field: 'id' });
        await trx.insertInto('action_plans').values(row).execute();
        await insertSteps(trx, row.id, p.steps, actor.at);
        const created = (await getPlan(trx, row.id))!;
        await appendAudit(trx, actor, 'action_plan', row.id, 'create', null, created);
        return created;
      });
    },
    get: (id) => getPlan(db, id),
    async listForTeam(teamId) {
      const rows = await db
        .selectFrom('action_plans')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('plan_date')
        .orderBy('created_at')
        .execute();
      return withSteps(db, rows);
    },
    async findStep(stepId) {
      const s = await db.selectFrom('action_plan_steps').select('plan_id').where('id', '=', stepId).executeTakeFirst();
      const plan = s ? await getPlan(db, s.plan_id) : null;
      const step = plan?.steps.find((x) => x.id === stepId);
      return plan && step ? { plan, step } : null;
    },
    async updateStep(stepId, patch, actor) {
      const p = parseInput(actionStepPatch, patch);
      return inTransaction(db, async (trx) => {
        const r = await trx.selectFrom('action_plan_steps').selectAll().where('id', '=', stepId).executeTakeFirst();
        if (!r) throw new DomainError('NOT_FOUND');
        const old = toStep(r);
        const status = p.status ?? old.status;
        const comments = p.comment
          ? [...old.comments, { personId: actor.personId, at: actor.at, text: p.comment }]
          : old.comments;
        const set = {
          status,
          done_at: status === 'done' ? (old.doneAt ? iso(old.doneAt) : iso(actor.at)) : null,
          due_date: p.due === undefined ? old.due : p.due,
          sponsor_help: p.sponsorHelp === undefined ? old.sponsorHelp : p.sponsorHelp,
          comments_json: commentsJson(comments),
          updated_at: iso(actor.at),
        };
        await trx.updateTable('action_plan_steps').set(set).where('id', '=', stepId).execute();
        const updated = toStep({ ...r, ...set });
        await appendAudit(trx, actor, 'action_plan_step', stepId, 'update', old, updated);
        return updated;
      });
    },
  };
}
