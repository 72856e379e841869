import { randomUUID } from 'node:crypto';
import type { RenderCard } from '../../cards/card-model';
import type { Clock, ConversationRef, DeliveryResult, Notifier, OutgoingMessage, Store } from '../../domain';

/** Most messages handed out per poll. */
const PAGE = 100;

/** A proactive message waiting for the playground page (a reminder, a broadcast, a sponsor summary). */
export interface LocalInboxMessage {
  id: string;
  /** Position in the user's inbox: the page asks for messages after the last seq it showed. */
  seq: number;
  text: string;
  card?: object;
}

/** The playground's inbox: the page polls it for proactive messages with a cursor. */
export interface LocalInbox {
  /** The messages for a playground user after `cursor` (0: all kept), oldest first, and the cursor to ask with next. */
  read(user: string, cursor: number): Promise<{ messages: LocalInboxMessage[]; cursor: number }>;
}

/** The local channel's notifier: delivers proactive messages into the playground's inbox. */
export type LocalNotifier = Notifier & LocalInbox;

/** How long an unread playground message is kept. */
const INBOX_TTL_MS = 30 * 86_400_000;

/**
 * Builds the local notifier. The inbox is a store table read by cursor, never taken: a message the scheduler
 * marked delivered survives a restart, and every instance and every poller (tabs, the page's timer) show each
 * message once, because the page only asks for messages after the last one it showed.
 */
export function createLocalNotifier(deps: { store: Store; clock: Clock; renderCard: RenderCard }): LocalNotifier {
  const { store, clock } = deps;
  return {
    platform: 'local',
    async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
      const user = typeof ref.reference.user === 'string' ? ref.reference.user : null;
      if (ref.platform !== 'local' || !user) {
        return { ok: false, retryable: false, gone: true, reason: 'not a playground conversation' };
      }
      const entry: Omit<LocalInboxMessage, 'seq'> = { id: randomUUID(), text: message.text };
      if (message.card) entry.card = deps.renderCard({ ...message.card, summary: message.text });
      const now = clock.now();
      await store.inbox.append(user, entry, now, new Date(now.getTime() + INBOX_TTL_MS));
      return { ok: true };
    },
    async read(user, cursor) {
      const rows = await store.inbox.after<Omit<LocalInboxMessage, 'seq'>>(user, cursor, clock.now(), PAGE);
      const messages = rows.map((r) => ({ ...r.message, seq: r.seq }));
      return { messages, cursor: messages.at(-1)?.seq ?? cursor };
    },
  };
}
