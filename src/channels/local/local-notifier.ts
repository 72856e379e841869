import { randomUUID } from 'node:crypto';
import type { RenderCard } from '../../cards/card-model';
import type { Clock, ConversationRef, DeliveryResult, Notifier, OutgoingMessage, Store } from '../../domain';

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
  take(user: string): Promise<LocalInboxMessage[]>;
}

/** The local channel's notifier: delivers proactive messages into the playground's inbox. */
export type LocalNotifier = Notifier & LocalInbox;

/** How long an unread playground message is kept. */
const INBOX_TTL_MS = 30 * 86_400_000;

/**
 * Builds the local notifier. The inbox is kept in the store (conversation state), so a message the scheduler
 * marked delivered survives a restart and is seen by any instance. Sends to one conversation never overlap
 * (the scheduler paces each conversation), so read-modify-write of one user's inbox is safe.
 */
export function createLocalNotifier(deps: {
  store: Store;
  clock: Clock;
  renderCard: RenderCard;
}): LocalNotifier {
  const { store, clock } = deps;
  const key = (user: string) => `local-inbox:${user}`;
  return {
    platform: 'local',
    async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
      const user = typeof ref.reference.user === 'string' ? ref.reference.user : null;
      if (ref.platform !== 'local' || !user) {
        return { ok: false, retryable: false, gone: true, reason: 'not a playground conversation' };
      }
      const entry: LocalInboxMessage = { id: randomUUID(), text: message.text };
      if (message.card) entry.card = deps.renderCard({ ...message.card, summary: message.text });
      const now = clock.now();
      await store.transaction(async (tx) => {
        const waiting = (await tx.conversationState.get<LocalInboxMessage[]>(key(user), now)) ?? [];
        await tx.conversationState.put(key(user), [...waiting, entry].slice(-MAX_WAITING), new Date(now.getTime() + INBOX_TTL_MS));
      });
      return { ok: true };
    },
    async take(user) {
      return store.transaction(async (tx) => {
        const waiting = (await tx.conversationState.get<LocalInboxMessage[]>(key(user), clock.now())) ?? [];
        if (waiting.length) await tx.conversationState.delete(key(user));
        return waiting;
      });
    },
  };
}
