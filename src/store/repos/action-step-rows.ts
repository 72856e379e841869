import type { Kysely, Selectable } from 'kysely';
import { DomainError } from '../../domain/errors';
import type { ActionStep, ActionStepComment } from '../../domain/model/action-plan';
import { date, dateOrNull, fromJson, iso, newId, toJson } from '../codec';
import type { ActionPlanStepTable, Database } from '../tables';

type StoredComment = { personId: string | null; at: string; text: string };

/** A stored step row back to the domain step. */
export function toStep(r: Selectable<ActionPlanStepTable>): ActionStep {
  return {
    id: r.id,
    planId: r.plan_id,
    position: Number(r.position),
    what: r.what,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    due: r.due_date,
    status: r.status === 'done' ? 'done' : 'open',
    doneAt: dateOrNull(r.done_at),
    sponsorHelp: r.sponsor_help,
    comments: fromJson<StoredComment[]>(r.comments_json).map((c): ActionStepComment => ({ ...c, at: date(c.at) })),
  };
}

/** The stored comments of a step. */
export function commentsJson(comments: ActionStepComment[]): string {
  return toJson(comments.map((c) => ({ ...c, at: iso(c.at) })));
}

/** Steps of the given plans, by plan id, in plan order. */
export async function stepsOfPlans(db: Kysely<Database>, planIds: string[]): Promise<Map<string, ActionStep[]>> {
  const out = new Map<string, ActionStep[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return out;
  const rows = await db
    .selectFrom('action_plan_steps')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('position')
    .execute();
  for (const r of rows) out.get(r.plan_id)?.push(toStep(r));
  return out;
}

/** Inserts a plan's steps; an owner must be an existing person (the flow checks team membership). */
export async function insertSteps(
  trx: Kysely<Database>,
  planId: string,
  steps: Array<{ id?: string; what: string; ownerId: string | null; ownerName: string | null; due: string | null }>,
  at: Date,
): Promise<void> {
  for (const [i, s] of steps.entries()) {
    if (s.ownerId && !(await trx.selectFrom('persons').select('id').where('id', '=', s.ownerId).executeTakeFirst()))
      throw new DomainError('UNKNOWN_PERSON', { field: `steps.${i}.ownerId` });
    await trx
      .insertInto('action_plan_steps')
      .values({
        id: s.id ?? newId(),
        plan_id: planId,
        position: i,
        what: s.what,
        owner_id: s.ownerId,
        owner_name: s.ownerName,
        due_date: s.due,
        status: 'open',
        done_at: null,
        sponsor_help: null,
        comments_json: '[]',
        updated_at: iso(at),
      })
      .execute();
  }
}
