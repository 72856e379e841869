import type { FlowContext } from './flow';
import {
  lastUndo,
  putUndo,
  UNDO_MINUTES,
  undoWindowClosed,
  type PdsaAdvanceUndo,
  type StepDoneUndo,
  type UndoMeta,
} from './last-undo';
import { undoRecord, type MeasurementUndo } from './measurement/undo';
import { resolveTeam } from './team-scope';
import type { Reply } from './turn';

type AnyUndo = MeasurementUndo | StepDoneUndo | PdsaAdvanceUndo;

/**
 * A typed `fortryd` / `undo`: undoes the person's last undoable action — a measurement write (with the *Fortryd*
 * button's rules: own, in time, unchanged since), an action-plan step marked done, or a PDSA phase advance —
 * or says there is nothing to undo, or that it is too late. One level: once undone, there is nothing more.
 * The undo is audited by the store like any write.
 */
export async function undoLast(ctx: FlowContext): Promise<Reply[]> {
  const { t } = ctx;
  const last = await lastUndo<AnyUndo>(ctx);
  if (!last || last.value.undone) return [{ text: t('undo.nothing') }];
  const { key, value } = last;
  if (value.kind === 'measurement') return undoRecord(ctx, key, value);
  if (undoWindowClosed(ctx, value)) return [{ text: t('undo.tooLate', { minutes: UNDO_MINUTES }) }];
  return value.kind === 'pdsaAdvance' ? undoPdsaAdvance(ctx, key, value) : undoStepDone(ctx, key, value);
}

const markUndone = (ctx: FlowContext, key: string, record: UndoMeta) => putUndo(ctx, key, { ...record, undone: true });

async function undoPdsaAdvance(ctx: FlowContext, key: string, last: PdsaAdvanceUndo): Promise<Reply[]> {
  const { t } = ctx;
  const cycle = await ctx.store.pdsa.get(last.cycleId);
  if (!cycle) return [{ text: t('undo.nothing') }];
  await resolveTeam(ctx, 'pdsa.write', cycle.teamId);
  const actor = { personId: ctx.person.id, at: ctx.clock.now() };
  const reverted = await ctx.store.pdsa.revertAdvance(cycle.id, last.step, new Date(last.advancedAt), actor);
  if (!reverted) return [{ text: t('undo.changed') }];
  await markUndone(ctx, key, last);
  return [{ text: t('undo.pdsaReverted', { title: cycle.title, phase: t(`pdsa.phase.${last.step.from}`) }) }];
}

async function undoStepDone(ctx: FlowContext, key: string, last: StepDoneUndo): Promise<Reply[]> {
  const { t } = ctx;
  const found = await ctx.store.actionPlans.findStep(last.stepId);
  if (!found) return [{ text: t('undo.nothing') }];
  await resolveTeam(ctx, 'actionplan.step', found.plan.teamId);
  const { step } = found;
  if (step.status !== 'done' || step.doneAt?.toISOString() !== last.doneAt) return [{ text: t('undo.changed') }];
  const actor = { personId: ctx.person.id, at: ctx.clock.now() };
  await ctx.store.actionPlans.updateStep(step.id, { status: 'open' }, actor);
  await markUndone(ctx, key, last);
  return [{ text: t('undo.stepReopened', { what: step.what }) }];
}
