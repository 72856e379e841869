import { ActivityTypes, CardFactory, type Activity, type Attachment } from 'botbuilder';
import { cardBytes, CARD_SIZE_BUDGET_BYTES } from '../../cards/card-budget';
import type { RenderCard } from '../../cards/card-model';
import type { TemplateName } from '../../domain';
import type { Reply } from '../../conversation/turn';

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
  onOversize: (template: TemplateName, bytes: number) => void = () => {},
): Partial<Activity> | undefined {
  const attachments: Attachment[] = [];
  let text = reply.text?.trim() ?? '';
  if (reply.card) {
    const card = renderCard(reply.card);
    const bytes = cardBytes(card);
    if (bytes <= CARD_SIZE_BUDGET_BYTES) attachments.push(cardAttachment(card));
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
