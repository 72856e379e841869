import { z } from 'zod';
import { DomainError, type ActionStepPatch, type Team } from '../../domain';
import type { FlowContext } from '../flow';
import { newUndoMeta, putUndo, undoKey, type StepDoneUndo } from '../last-undo';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { checkTeamPermission } from '../permissions';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { checkDate } from './check-plan-draft';
import { stepCard, type StepRights } from './step-card';
import { teamPeople } from './team-people';

const id = z.string().min(1).max(64);
const text = z.string().max(5000).optional();
const openSchema = z.object({ stepId: id });
const markSchema = z.object({ stepId: id, status: z.enum(['open', 'done']), nonce: id.optional() });
const saveSchema = z.object({
  stepId: id,
  nonce: id.optional(),
  stepDue: text,
  stepComment: text,
  stepSponsorHelp: text,
});

const rightsOver = (ctx: FlowContext, team: Team): StepRights => ({
  step: checkTeamPermission(ctx.memberships, 'actionplan.step', team).allowed,
  write: checkTeamPermission(ctx.memberships, 'actionplan.write', team).allowed,
});

async function load(ctx: FlowContext, stepId: string, permission: 'team.read' | 'actionplan.step') {
  const found = await ctx.store.actionPlans.findStep(stepId);
  if (!found) throw new DomainError('NOT_FOUND');
  const team = await resolveTeam(ctx, permission, found.plan.teamId);
  return { ...found, team, people: await teamPeople(ctx, team) };
}

/** Opens a step's card. */
export async function openStep(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { plan, step, team, people } = await load(ctx, parseData(openSchema, data).stepId, 'team.read');
  return [stepCard(ctx, plan, step, people, rightsOver(ctx, team))];
}

/** Remembers a step just marked done as the person's last undoable action (a typed `fortryd` reopens it). */
function rememberDone(ctx: FlowContext, stepId: string, doneAt: Date): Promise<void> {
  const record: StepDoneUndo = {
    ...newUndoMeta(ctx),
    kind: 'actionStep',
    stepId,
    doneAt: new Date(doneAt).toISOString(),
  };
  return putUndo(ctx, undoKey(ctx.person.id, `step:${stepId}`), record);
}

/** Marks a step done (or open again); a repeated press changes nothing. */
export async function markStep(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const form = parseData(markSchema, data);
  const { plan, step, team, people } = await load(ctx, form.stepId, 'actionplan.step');
  await claimNonce(ctx, form.nonce);
  const updated =
    step.status === form.status
      ? step
      : await ctx.store.actionPlans.updateStep(
          step.id,
          { status: form.status },
          { personId: ctx.person.id, at: ctx.clock.now() },
        );
  if (updated !== step && updated.status === 'done' && updated.doneAt)
    await rememberDone(ctx, updated.id, updated.doneAt);
  const headline = ctx.t(form.status === 'done' ? 'actionPlan.step.doneSaved' : 'actionPlan.step.reopened');
  return [stepCard(ctx, plan, updated, people, rightsOver(ctx, team), headline)];
}

/**
 * Saves what the step's form changed: a new deadline (inside the collaborative), a comment, the sponsor request
 * (leads and tovholdere only; empty clears it). A bad deadline stores nothing and says why.
 */
export async function saveStep(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const form = parseData(saveSchema, data);
  const { plan, step, team, people } = await load(ctx, form.stepId, 'actionplan.step');
  const rights = rightsOver(ctx, team);
  const collaborative = await ctx.store.collaboratives.get(team.collaborativeId);
  if (!collaborative) throw new DomainError('UNKNOWN_COLLABORATIVE');
  const patch: ActionStepPatch = {};
  const due = checkDate(ctx, ctx.t('actionPlan.step.field.due'), form.stepDue, collaborative);
  if (due.problem)
    return [stepCard(ctx, plan, step, people, rights, ctx.t('actionPlan.step.badDue', { problem: due.problem }))];
  if (due.date && due.date !== step.due) patch.due = due.date;
  if (form.stepComment?.trim()) patch.comment = form.stepComment.trim();
  if (form.stepSponsorHelp !== undefined && (form.stepSponsorHelp.trim() || null) !== step.sponsorHelp) {
    if (!rights.write) throw new DomainError('PERMISSION_DENIED', { reason: 'leadOrCoordinatorOnly' });
    patch.sponsorHelp = form.stepSponsorHelp.trim() || null;
  }
  if (Object.keys(patch).length === 0)
    return [stepCard(ctx, plan, step, people, rights, ctx.t('actionPlan.step.nothing'))];
  await claimNonce(ctx, form.nonce);
  const updated = await ctx.store.actionPlans.updateStep(step.id, patch, {
    personId: ctx.person.id,
    at: ctx.clock.now(),
  });
  return [stepCard(ctx, plan, updated, people, rights, ctx.t('actionPlan.step.saved'))];
}
