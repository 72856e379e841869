import type { ConversationRef } from '../model/delivery';
import type { TemplateName } from '../model/template-names';

/** Outcome of one proactive delivery attempt, as the platform answered. */
export type DeliveryResult =
  | { ok: true }
  /** Try again later: rate limited (429, with the platform's Retry-After) or a transient failure (5xx, 412). */
  | { ok: false; retryable: true; retryAfterMs?: number; reason: string }
  /** Never retry: the bot was removed or blocked (403/404), or the payload was refused (400, 413). */
  | { ok: false; retryable: false; gone: boolean; reason: string };

/** Sends a rendered message to a stored conversation on its platform; one implementation per channel. */
export interface Notifier {
  readonly platform: ConversationRef['platform'];
  send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult>;
}

/** A platform-neutral proactive message: text plus an optional card model (see src/cards). */
export interface OutgoingMessage {
  text: string;
  /** `refresh`: the card depends on who looks; Teams group chats and channels ask for each viewer's version. */
  card?: {
    template: TemplateName;
    data: Record<string, unknown>;
    refresh?: { verb: string; data: Record<string, unknown>; teamId: string | null };
  };
}
