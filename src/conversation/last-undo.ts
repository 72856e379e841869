import type { PdsaAdvance } from '../domain';
import type { FlowContext } from './flow';

/** Minutes during which a write can be undone, with the *Fortryd* button or a typed `fortryd`. */
export const UNDO_MINUTES = 10;

/**
 * The last thing a person did that a typed `fortryd` can undo: a measurement write (its undo token, which
 * carries the undo window), marking an action-plan step done, or moving a PDSA cycle on a phase (each with
 * the moment it happened, so a later change is not undone).
 */
export type LastUndo =
  | { kind: 'measurement'; token: string }
  | { kind: 'actionStep'; stepId: string; doneAt: string; expiresAt: string }
  | {
      kind: 'pdsaAdvance';
      cycleId: string;
      step: Pick<PdsaAdvance, 'from' | 'to'>;
      advancedAt: string;
      expiresAt: string;
    };

/** How long the record is kept: past the undo windows, so `fortryd` can say "too late" instead of "nothing". */
const KEEP_MS = 24 * 3600 * 1000;

const key = (personId: string) => `last-undo:${personId}`;

/** Remembers a person's last undoable action, in the store so any instance can take the `fortryd`. */
export function rememberUndo(ctx: FlowContext, last: LastUndo): Promise<void> {
  return ctx.store.conversationState.put(key(ctx.person.id), last, new Date(ctx.clock.now().getTime() + KEEP_MS));
}

/** The person's last undoable action, or null. */
export function lastUndo(ctx: FlowContext): Promise<LastUndo | null> {
  return ctx.store.conversationState.get<LastUndo>(key(ctx.person.id), ctx.clock.now());
}

/** Forgets it once undone, so a second `fortryd` says there is nothing (left) to undo. */
export function forgetUndo(ctx: FlowContext): Promise<void> {
  return ctx.store.conversationState.delete(key(ctx.person.id));
}

/** The moment the undo window of an action done now closes (ISO). */
export function undoWindowEnd(ctx: FlowContext): string {
  return new Date(ctx.clock.now().getTime() + UNDO_MINUTES * 60_000).toISOString();
}
