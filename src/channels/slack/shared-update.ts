import type { webApi } from '@slack/bolt';
import type { Reply } from '../../conversation/turn';
import type { Locale } from '../../domain';
import type { Translator } from '../../i18n/translator';
import type { Conversation } from '../../conversation/create-conversation';
import type { Logger } from 'pino';
import { buildSlackMessage, type MessageDeps } from './slack-message';
import type { Destination } from './slack-replies';
import { buildTurn, type SlackOrigin } from './slack-turn';
import { viewKey } from './view-key';

/** What updating a shared message needs. */
export interface SharedUpdateDeps {
  conversation: Conversation;
  message: MessageDeps;
  logger: Logger;
}

/**
 * A press on the bot's message in a channel whose answer is that same card, updated (an RSVP, a PDSA phase): the
 * message is updated in place with chat.update to what everyone should see — the shared view from the core (no
 * one's personal state; Slack has no per-user views, so its buttons stay and each press is checked) — and only the
 * personal part (the answer's text, "you are registered") is left to go to the presser privately. Any other answer
 * is returned unchanged (it goes privately, as before).
 */
export async function updateSharedMessage(
  deps: SharedUpdateDeps,
  client: webApi.WebClient,
  answer: { replies: Reply[]; origin: SlackOrigin; dest: Destination; t: Translator; locale: Locale },
): Promise<Reply[]> {
  const { replies, dest } = answer;
  const shared = dest.kind === 'respond' ? dest.shared : undefined;
  if (!shared?.view) return replies;
  const index = replies.findIndex((r) => r.card?.refresh && viewKey(r.card.refresh) === shared.view);
  const refresh = replies[index]?.card?.refresh;
  if (!refresh) return replies;
  const turn = buildTurn(answer.origin, { action: { verb: refresh.verb, data: refresh.data } }, {});
  const everyone = await deps.conversation.view({ ...turn, localeHint: answer.locale }, 'everyone');
  if (!everyone?.card) return replies;
  try {
    const message = await buildSlackMessage({ card: everyone.card }, deps.message, answer.t);
    await client.chat.update({ channel: shared.channelId, ts: shared.ts, text: message.text, blocks: message.blocks });
  } catch (err) {
    deps.logger.warn(
      { err: (err as Error).message },
      'slack: could not update the shared message; answering privately',
    );
    return replies;
  }
  const text = replies[index]!.text;
  return replies.flatMap((r, i) => (i !== index ? [r] : text ? [{ text }] : []));
}
