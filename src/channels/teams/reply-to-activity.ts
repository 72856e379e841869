import { ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
import type { CardModel } from '../../cards/card-model';
import type { Reply } from '../../conversation/turn';

/**
 * Largest card we send, as serialized JSON bytes. Teams' documented bot message limit is ~100 KB (older
 * versions of the page: 40 KB, 28 KB; a 2025 field report still saw ~40 KB) — PLATFORM-NOTES §2,
 * msteams-docs bots/how-to/format-your-bot-messages.md. We design for the oldest figure, 28 KB.
 */
export const MAX_CARD_BYTES = 28 * 1024;

/** Renders a card model to Adaptive Card JSON (src/cards/render-adaptive-card.ts). */
export type RenderCard = (model: CardModel) => Record<string, unknown>;

/** Serialized size of a card in bytes (UTF-8). */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** An Adaptive Card as a Bot Framework attachment (`application/vnd.microsoft.card.adaptive`). */
export function cardAttachment(card: Record<string, unknown>): Attachment {
  return CardFactory.adaptiveCard(card);
}

/**
 * One reply of the core as one message activity: markdown text and/or the rendered card. A card over the
 * size budget is replaced by its plain-text summary (and reported through `onOversize`) rather than refused
 * by Teams with 413.
 */
export function replyToActivity(
  reply: Reply,
  renderCard: RenderCard,
  onOversize: (template: string, bytes: number) => void = () => {},
): Partial<Activity> | undefined {
  const attachments: Attachment[] = [];
  let text = reply.text?.trim() ?? '';
  if (reply.card) {
    const card = renderCard(reply.card);
    const bytes = cardBytes(card);
    if (bytes <= MAX_CARD_BYTES) attachments.push(cardAttachment(card));
    else {
      onOversize(reply.card.template, bytes);
      text = [text, reply.card.summary].filter(Boolean).join('\n\n');
    }
  }
  if (!text && !attachments.length) return undefined;
  return {
    type: ActivityTypes.Message,
    ...(text ? { text, textFormat: 'markdown' } : {}),
    ...(attachments.length ? { attachments } : {}),
    // Shown in notifications and the activity feed instead of "sent a card".
    ...(reply.card && attachments.length ? { summary: reply.card.summary } : {}),
  };
}
