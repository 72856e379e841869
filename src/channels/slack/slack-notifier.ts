import type { webApi } from '@slack/bolt';
import type { ConversationRef, DeliveryResult, Notifier, OutgoingMessage, Store } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { deliveryFailure } from './slack-errors';
import { buildSlackMessage, type MessageDeps } from './slack-message';

/**
 * Proactive Slack messages for the scheduler: chat.postMessage to the stored channel. The client must be
 * built with `rejectRateLimitedCalls: true` and no retries, so a 429 comes back at once as a retryable
 * result with `retryAfterMs` and the scheduler decides (other conversations are never held back).
 */
export function createSlackNotifier(deps: MessageDeps & { client: webApi.WebClient; store: Store }): Notifier {
  return {
    platform: 'slack',
    async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
      const channel = typeof ref.reference.channel === 'string' ? ref.reference.channel : ref.conversationId;
      const person = ref.personId ? await deps.store.persons.get(ref.personId) : null;
      const t = createTranslator(person?.locale ?? 'da');
      const reply = message.card ? { card: { ...message.card, summary: message.text } } : { text: message.text };
      try {
        const built = await buildSlackMessage(reply, deps, t);
        await deps.client.chat.postMessage({
          channel,
          text: built.text,
          ...(built.blocks.length ? { blocks: built.blocks } : {}),
        });
        return { ok: true };
      } catch (err) {
        return deliveryFailure(err);
      }
    },
  };
}
