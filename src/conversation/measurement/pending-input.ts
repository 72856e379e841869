import { newNonce } from '../nonce';
import type { FlowContext } from '../flow';

/** A measurement typed but not yet stored: waiting for a measure choice, or a confirmation to replace or to store
 * an unusual value. */
export interface PendingInput {
  teamId: string;
  valueText: string;
  /** Typed period key, or null for the measure's current period. */
  period: string | null;
  periodText: string | null;
  note: string | null;
  /** Set once the measure is known (replace confirmation). */
  measureId?: string;
  /** A correction (`ret`): replaces an existing value and answers with the chart. */
  correct?: boolean;
  /** The user answered "yes, store it" to the implausible-value question. */
  unusualConfirmed?: boolean;
}

/** Pending inputs expire after a day; a later click gets "please type it again". */
const PENDING_TTL_MS = 24 * 3600 * 1000;

/** Stores a pending input under a fresh token (also the nonce of the buttons that use it). */
export async function savePending(ctx: FlowContext, input: PendingInput): Promise<string> {
  const token = newNonce();
  await ctx.store.conversationState.put(
    `pending:${ctx.person.id}:${token}`,
    input,
    new Date(ctx.clock.now().getTime() + PENDING_TTL_MS),
  );
  return token;
}

/** The pending input of a token, or null when it expired or was used. */
export function loadPending(ctx: FlowContext, token: string): Promise<PendingInput | null> {
  return ctx.store.conversationState.get<PendingInput>(`pending:${ctx.person.id}:${token}`, ctx.clock.now());
}

/** Forgets a pending input. */
export function dropPending(ctx: FlowContext, token: string): Promise<void> {
  return ctx.store.conversationState.delete(`pending:${ctx.person.id}:${token}`);
}
