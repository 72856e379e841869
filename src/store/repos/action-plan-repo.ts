import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import { actionPlanInput, type ActionPlan } from '../../domain/model/plans';
import type { ActionPlanRepo } from '../../domain/ports/work-repos';
import { parseInput } from '../../domain/use-cases/parse-input';
import { appendAudit } from '../append-audit';
import { date, fromJson, iso, newId, toJson } from '../codec';
import { inTransaction } from '../in-transaction';
import type { ActionPlanTable, Database } from '../tables';

function toPlan(r: Selectable<ActionPlanTable>): ActionPlan {
  return {
    id: r.id,
    teamId: r.team_id,
    title: r.title,
    whatToChange: r.what_to_change,
    successCriterion: r.success_criterion,
    when: r.when_text,
    steps: fromJson(r.steps_json),
    testMethod: r.test_method,
    reportBack: r.report_back,
    planDate: r.plan_date,
    createdBy: r.created_by,
    createdAt: date(r.created_at),
  };
}

/** Action plans on Kysely. */
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
        steps_json: toJson(p.steps),
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
        const created = toPlan(row);
        await appendAudit(trx, actor, 'action_plan', row.id, 'create', null, created);
        return created;
      });
    },
    async get(id) {
      const r = await db.selectFrom('action_plans').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toPlan(r) : null;
    },
    async listForTeam(teamId) {
      const rows = await db
        .selectFrom('action_plans')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('plan_date')
        .orderBy('created_at')
        .execute();
      return rows.map(toPlan);
    },
  };
}
