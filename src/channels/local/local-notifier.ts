import { randomUUID } from 'node:crypto';
import type { CardModel } from '../../cards/card-model';
import type { ConversationRef, DeliveryResult, Notifier, OutgoingMessage, Store } from '../../domain';

/** Most messages kept per playground user until the page fetches them (oldest dropped first). */
const MAX_WAITING = 200;

/** A proactive message waiting for the playground page (a reminder, a broadcast, a sponsor summary). */
export interface LocalInboxMessage {
  id: string;
  text: string;
  card?: object;
}

/** The playground's inbox: the page polls it for proactive messages. */
export interface LocalInbox {
  /** Removes and returns the messages waiting for a playground user, oldest first. */
  take(user: string): LocalInboxMessage[];
}

/** The local channel's notifier: delivers proactive messages into the playground's inbox. */
export type LocalNotifier = Notifier & LocalInbox;

/**
 * Builds the local notifier. NOTE: the inbox lives in memory — the playground is a development tool; a
 * message sent while the server restarts is lost, which Teams and Slack (real platforms) do not allow.
 * `store` is accepted for symmetry with the other channels' notifiers and is not used.
 */
export function createLocalNotifier(deps: {
  store?: Store;
  renderCard: (model: CardModel) => object;
}): LocalNotifier {
  const inbox = new Map<string, LocalInboxMessage[]>();
  return {
    platform: 'local',
    async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
      const user = typeof ref.reference.user === 'string' ? ref.reference.user : null;
      if (ref.platform !== 'local' || !user) {
        return { ok: false, retryable: false, gone: true, reason: 'not a playground conversation' };
      }
      const entry: LocalInboxMessage = { id: randomUUID(), text: message.text };
      if (message.card) entry.card = deps.renderCard({ ...message.card, summary: message.text });
      const waiting = [...(inbox.get(user) ?? []), entry].slice(-MAX_WAITING);
      inbox.set(user, waiting);
      return { ok: true };
    },
    take(user) {
      const waiting = inbox.get(user) ?? [];
      inbox.delete(user);
      return waiting;
    },
  };
}
