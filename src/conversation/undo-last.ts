import type { FlowContext } from './flow';
import { forgetUndo, lastUndo, UNDO_MINUTES, type LastUndo } from './last-undo';
import { undoWrite } from './measurement/undo';
import { resolveTeam } from './team-scope';
import type { Reply } from './turn';

/**
 * A typed `fortryd` / `undo`: undoes the person's last undoable action — a measurement write (with the *Fortryd*
 * button's rules: own, in time, unchanged since), an action-plan step marked done, or a PDSA phase advance —
 * or says there is nothing to undo, or that it is too late. The undo is audited by the store like any write.
 */
export async function undoLast(ctx: FlowContext): Promise<Reply[]> {
  const last = await lastUndo(ctx);
  if (!last) return [{ text: ctx.t('undo.nothing') }];
  if (last.kind === 'measurement') {
    const { undone, replies } = await undoWrite(ctx, last.token);
    if (undone) await forgetUndo(ctx);
    return replies;
  }
  if (last.kind === 'pdsaAdvance') return undoPdsaAdvance(ctx, last);
  return undoStepDone(ctx, last);
}

const tooLate = (ctx: FlowContext, last: { expiresAt: string }) =>
  ctx.clock.now().getTime() > Date.parse(last.expiresAt);

async function undoPdsaAdvance(ctx: FlowContext, last: Extract<LastUndo, { kind: 'pdsaAdvance' }>): Promise<Reply[]> {
  const { t } = ctx;
  if (tooLate(ctx, last)) return [{ text: t('undo.tooLate', { minutes: UNDO_MINUTES }) }];
  const cycle = await ctx.store.pdsa.get(last.cycleId);
  if (!cycle) return [{ text: t('undo.nothing') }];
  await resolveTeam(ctx, 'pdsa.write', cycle.teamId);
  const actor = { personId: ctx.person.id, at: ctx.clock.now() };
  const reverted = await ctx.store.pdsa.revertAdvance(cycle.id, last.step, new Date(last.advancedAt), actor);
  if (!reverted) return [{ text: t('undo.changed') }];
  await forgetUndo(ctx);
  return [{ text: t('undo.pdsaReverted', { title: cycle.title, phase: t(`pdsa.phase.${last.step.from}`) }) }];
}

async function undoStepDone(ctx: FlowContext, last: Extract<LastUndo, { kind: 'actionStep' }>): Promise<Reply[]> {
  const { t } = ctx;
  const now = ctx.clock.now();
  if (tooLate(ctx, last)) return [{ text: t('undo.tooLate', { minutes: UNDO_MINUTES }) }];
  const found = await ctx.store.actionPlans.findStep(last.stepId);
  if (!found) return [{ text: t('undo.nothing') }];
  await resolveTeam(ctx, 'actionplan.step', found.plan.teamId);
  const { step } = found;
  if (step.status !== 'done' || step.doneAt?.toISOString() !== last.doneAt) return [{ text: t('undo.changed') }];
  await ctx.store.actionPlans.updateStep(step.id, { status: 'open' }, { personId: ctx.person.id, at: now });
  await forgetUndo(ctx);
  return [{ text: t('undo.stepReopened', { what: step.what }) }];
}
