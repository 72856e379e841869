import type { PdsaAdvance } from '../domain';
import type { FlowContext } from './flow';

/** Minutes during which a write can be undone, with the *Fortryd* button or a typed `fortryd`. */
export const UNDO_MINUTES = 10;

/**
 * How long an undo record is kept: past its undo window, so `fortryd` can say "too late" instead of "nothing".
 * Every record lives equally long, so the one that expires last is the person's last undoable action.
 */
const KEEP_MS = 24 * 3600 * 1000;

/** What every undo record carries: whose it is, when its window closes, and whether it was used. */
export interface UndoMeta {
  personId: string;
  /** The end of the undo window (ISO). */
  expiresAt: string;
  /** When the record itself goes (ISO); kept on every update so the order of records stays. */
  keepUntil: string;
  undone: boolean;
}

/** Marking an action-plan step done, with the moment it was marked (a later change is not undone). */
export interface StepDoneUndo extends UndoMeta {
  kind: 'actionStep';
  stepId: string;
  doneAt: string;
}

/** Moving a PDSA cycle on one phase, with the moment it moved (a later change is not undone). */
export interface PdsaAdvanceUndo extends UndoMeta {
  kind: 'pdsaAdvance';
  cycleId: string;
  step: Pick<PdsaAdvance, 'from' | 'to'>;
  advancedAt: string;
}

/** The store key of one of a person's undo records; a measurement's id is the token its *Fortryd* button carries. */
export const undoKey = (personId: string, id: string) => `undo:${personId}:${id}`;

/** The bookkeeping of a record for an action done now by the turn's person. */
export function newUndoMeta(ctx: FlowContext): UndoMeta {
  const now = ctx.clock.now().getTime();
  return {
    personId: ctx.person.id,
    expiresAt: new Date(now + UNDO_MINUTES * 60_000).toISOString(),
    keepUntil: new Date(now + KEEP_MS).toISOString(),
    undone: false,
  };
}

/** Stores (or updates) an undo record under its key, in the store so any instance can take the `fortryd`. */
export function putUndo(ctx: FlowContext, key: string, record: UndoMeta): Promise<void> {
  return ctx.store.conversationState.put(key, record, new Date(record.keepUntil ?? record.expiresAt));
}

/** The person's last undoable action (its key and record), or null. */
export function lastUndo<T extends UndoMeta>(ctx: FlowContext): Promise<{ key: string; value: T } | null> {
  return ctx.store.conversationState.latest<T>(undoKey(ctx.person.id, ''), ctx.clock.now());
}

/** True once the record's undo window has closed. */
export function undoWindowClosed(ctx: FlowContext, record: UndoMeta): boolean {
  return ctx.clock.now().getTime() > Date.parse(record.expiresAt);
}
