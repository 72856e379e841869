import type { types } from '@slack/bolt';
import { MODAL } from '../slack-limits';
import { list, str } from './card-json';
import { toPlain, truncate } from './mrkdwn';
import { renderBlockKit } from './render-block-kit';

/** `callback_id` of every modal the bot opens for a card form. */
export const FORM_CALLBACK_ID = 'fb.form';

/** Labels and context of a modal built from a card. */
export interface ModalOptions {
  publicImages: boolean;
  defaultAlt: string;
  /** Fallback title and button labels from the catalogue. */
  labels: { title: string; submit: string; close: string };
  /** Opaque state carried through Slack (≤ 3000 characters). */
  privateMetadata: string;
}

/**
 * A modal for a card with inputs: its content with input blocks, the card's first input-sending action as
 * the submit button (title from the card's heading), the other actions as buttons inside the modal.
 */
export function renderModal(card: Record<string, unknown>, options: ModalOptions): types.ModalView {
  const rendered = renderBlockKit(card, {
    surface: 'modal',
    publicImages: options.publicImages,
    defaultAlt: options.defaultAlt,
  });
  // The heading already names the form: use it as the modal title, drop the duplicate header block.
  const heading = list(card, 'body').find(
    (el) => el.type === 'TextBlock' && str(el, 'style')?.toLowerCase() === 'heading',
  );
  const headingText = heading ? toPlain(str(heading, 'text') ?? '') : '';
  const useHeading = headingText.length > 0 && headingText.length <= MODAL.title;
  const blocks = useHeading ? rendered.blocks.filter((b, i) => !(i === 0 && b.type === 'header')) : rendered.blocks;
  const submitTitle = rendered.submit ? toPlain(str(rendered.submit, 'title') ?? '') : '';
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: { type: 'plain_text', text: truncate(useHeading ? headingText : options.labels.title, MODAL.title) },
    ...(rendered.submit
      ? { submit: { type: 'plain_text', text: truncate(submitTitle || options.labels.submit, MODAL.submit) } }
      : {}),
    close: { type: 'plain_text', text: truncate(options.labels.close, MODAL.close) },
    private_metadata: options.privateMetadata,
    blocks,
  };
}
