import { randomUUID } from 'node:crypto';
import type { FlowContext } from './flow';
import { ReplyInterrupt } from './reply-interrupt';

/** How long a used card nonce is remembered: long enough to outlive any double-submit or client retry. */
const NONCE_TTL_MS = 30 * 24 * 3600 * 1000;

/** A fresh nonce for a card action that writes; the handler claims it so a double submit stores once. */
export function newNonce(): string {
  return randomUUID();
}

/**
 * Claims the nonce carried in a card action's data. A repeat (double submit, client retry) ends the turn
 * with "already done" and changes nothing. Actions without a nonce (typed commands) pass.
 */
export async function claimNonce(ctx: FlowContext, nonce: string | undefined): Promise<void> {
  if (!nonce) return;
  const first = await ctx.store.idempotency.claim(`nonce:${nonce}`, ctx.clock.now(), NONCE_TTL_MS);
  if (!first) throw new ReplyInterrupt([{ text: ctx.t('common.alreadyDone') }]);
}
