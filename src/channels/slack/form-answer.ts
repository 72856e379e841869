import { createHash } from 'node:crypto';
import type { Reply } from '../../conversation/turn';
import { str, type CardElement } from './block-kit/card-json';
import { toPlain } from './block-kit/mrkdwn';

/**
 * How long a form submission waits for the core before acking plainly. Slack closes the request after 3 s;
 * a core turn takes milliseconds, so this only bites when the store stalls.
 */
export const FORM_ANSWER_BUDGET_MS = 2000;

/**
 * The core's request id for a modal submission. Slack keeps one view id while the modal is open, so the
 * submitted values are part of it: a repeat of the same submission is handled once, while a corrected
 * resubmission after a refusal (which stored nothing) is a new turn.
 */
export function submissionRequestId(viewId: string, values: Record<string, string>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((k) => [k, values[k]]);
  return `view:${viewId}:${createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16)}`;
}

/**
 * The modal's `response_action: errors` for the core's answer, when that answer is nothing but a refusal
 * about one input of this modal (block_id = input id): its text next to the field, the modal stays open.
 * Null otherwise: the modal closes and the replies are sent as messages.
 */
export function pinnedErrors(replies: Reply[], inputs: CardElement[]): Record<string, string> | null {
  const [only] = replies;
  const field = only?.error?.field;
  if (replies.length !== 1 || !field || !only.text || only.card || only.charts?.length) return null;
  if (!inputs.some((el) => str(el, 'id') === field)) return null;
  return { [field]: toPlain(only.text) };
}

/** `work`'s result if it settles before `deadline` ms after `since` (performance.now()); null when time ran out first. */
export async function beforeDeadline<T>(work: Promise<T>, since: number, deadline: number): Promise<T | null> {
  const left = since + deadline - performance.now();
  // Already late (e.g. the form took long to load): do not let a quick core answer win the race anyway.
  if (left <= 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), left);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
