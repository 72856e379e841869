import type { types } from '@slack/bolt';
import type { CardModel, RenderCard } from '../../cards/card-model';
import type { Translator } from '../../i18n/translator';
import { decodeButton } from './block-kit/action-value';
import { toMrkdwn, truncate } from './block-kit/mrkdwn';
import { payloadButton } from './block-kit/render-actions';
import { fitBlocks } from './block-kit/block-writer';
import { renderBlockKit, type Surface } from './block-kit/render-block-kit';
import { BUTTON, MAX_BLOCKS, MESSAGE_TEXT, SECTION } from './slack-limits';
import type { SlackState } from './slack-state';
import { markView } from './view-key';

/** A message (or Home/modal content) ready for Slack. */
export interface SlackMessage {
  /** Notification and accessibility text (Slack shows blocks, uses text for notifications). */
  text: string;
  blocks: types.KnownBlock[];
  /** Image blocks in the message; 0 means a chart has to be uploaded to be seen. */
  images: number;
}

/** What building a message needs. */
export interface MessageDeps {
  renderCard: RenderCard;
  state: SlackState;
  publicImages: boolean;
}

/**
 * Converts a reply (text and/or card model) to Block Kit. A card with inputs gets an "open form" button
 * (the card is stored; the click opens it as a modal). Button payloads over Slack's limit are stored too.
 */
export async function buildSlackMessage(
  reply: { text?: string; card?: CardModel },
  deps: MessageDeps,
  t: Translator,
  surface: Surface = 'message',
): Promise<SlackMessage> {
  const blocks: types.KnownBlock[] = [];
  if (reply.text)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(toMrkdwn(reply.text), SECTION.text) } });
  let images = 0;
  if (reply.card) {
    const card = deps.renderCard(reply.card);
    const rendered = renderBlockKit(card, {
      surface,
      publicImages: deps.publicImages,
      defaultAlt: t('slack.chart.alt'),
    });
    blocks.push(...rendered.blocks);
    images = rendered.images;
    if (rendered.inputs.length > 0) {
      const key = await deps.state.saveForm(card);
      addButton(blocks, payloadButton(t('slack.form.open'), { kind: 'form', key }, 999, 'primary'));
    }
  }
  await storeOversizedPayloads(blocks, deps.state);
  if (reply.card?.refresh) markView(blocks, reply.card.refresh);
  const text = truncate(reply.text ?? reply.card?.summary ?? '', MESSAGE_TEXT) || '…';
  return { text, blocks: fitBlocks(blocks, MAX_BLOCKS[surface]), images };
}

/** Puts a button first in the trailing actions block, or in a new one. */
export function addButton(blocks: types.KnownBlock[], button: types.Button): void {
  const last = blocks[blocks.length - 1];
  if (last?.type === 'actions' && last.elements.length < 25) last.elements.unshift(button);
  else blocks.push({ type: 'actions', elements: [button] });
}

async function storeOversizedPayloads(blocks: types.KnownBlock[], state: SlackState): Promise<void> {
  for (const block of blocks) {
    if (block.type !== 'actions') continue;
    for (const el of block.elements) {
      if (el.type !== 'button' || !el.value || el.value.length <= BUTTON.value) continue;
      const payload = decodeButton(el.value);
      if (payload) el.value = JSON.stringify({ r: await state.savePayload(payload) });
    }
  }
}
