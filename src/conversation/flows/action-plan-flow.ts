import { z } from 'zod';
import { DomainError, type Team } from '../../domain';
import { checkPlanDraft } from '../action-plan/check-plan-draft';
import { planList } from '../action-plan/list-card';
import { planDraftSchema } from '../action-plan/plan-draft';
import { planForm } from '../action-plan/plan-form';
import { markStep, openStep, saveStep } from '../action-plan/step-actions';
import { teamPeople } from '../action-plan/team-people';
import type { Flow, FlowContext } from '../flow';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { checkTeamPermission } from '../permissions';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

const id = z.string().min(1).max(64);
const teamSchema = z.object({ teamId: id.optional() });
const createSchema = z.object({ teamId: id, nonce: id.optional() });

const canCreate = (ctx: FlowContext, team: Team) =>
  checkTeamPermission(ctx.memberships, 'actionplan.write', team).allowed;

async function list(ctx: FlowContext, teamId?: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'team.read', teamId);
  const plans = await ctx.store.actionPlans.listForTeam(team.id);
  return [planList(ctx, team, plans, await teamPeople(ctx, team), canCreate(ctx, team))];
}

async function startNew(ctx: FlowContext, teamId?: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'actionplan.write', teamId);
  return planForm(ctx, team, await teamPeople(ctx, team), {});
}

/** Stores the plan when every field is right; otherwise the form again with one line per problem, nothing stored. */
async function create(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { teamId, nonce } = parseData(createSchema, data);
  const draft = parseData(planDraftSchema, data);
  const team = await resolveTeam(ctx, 'actionplan.write', teamId);
  const collaborative = await ctx.store.collaboratives.get(team.collaborativeId);
  if (!collaborative) throw new DomainError('UNKNOWN_COLLABORATIVE');
  const people = await teamPeople(ctx, team);
  const checked = checkPlanDraft(ctx, team.id, draft, collaborative, people);
  if (!('input' in checked)) return planForm(ctx, team, people, draft, checked.problems);
  await claimNonce(ctx, nonce);
  await ctx.store.actionPlans.create(checked.input, { personId: ctx.person.id, at: ctx.clock.now() });
  const plans = await ctx.store.actionPlans.listForTeam(team.id);
  return [{ text: ctx.t('actionPlan.created') }, planList(ctx, team, plans, people, true)];
}

/** Action plans (handleplaner) from the clinic playbook: the form, the team's list, and one card per step. */
export const actionPlanFlow: Flow = {
  name: 'actionPlan',
  commands: [
    {
      words: ['handleplan ny', 'ny handleplan', 'action plan new', 'new action plan'],
      help: { usage: 'actionPlan.cmd.new', description: 'actionPlan.cmd.new.text', roles: ['lead', 'tovholder'] },
      handle: (ctx) => startNew(ctx),
    },
    {
      words: ['handleplan', 'handleplaner', 'action plan', 'action plans'],
      help: {
        usage: 'actionPlan.cmd.list',
        description: 'actionPlan.cmd.list.text',
        roles: ['member', 'lead', 'sponsor', 'expert', 'tovholder', 'admin'],
      },
      handle: (ctx) => list(ctx),
    },
  ],
  actions: {
    'actionplan.list': (ctx, data) => list(ctx, parseData(teamSchema, data).teamId),
    'actionplan.new': (ctx, data) => startNew(ctx, parseData(teamSchema, data).teamId),
    'actionplan.create': create,
    'actionplan.step': openStep,
    'actionplan.markStep': markStep,
    'actionplan.saveStep': saveStep,
  },
};
