import type { types } from '@slack/bolt';
import { HEADER_TEXT, IMAGE, MAX_BLOCKS, SECTION } from '../slack-limits';
import { BlockWriter, factLines, factSections, fitBlocks, inline, lower } from './block-writer';
import { collectInputs, isInput, list, obj, str, type CardElement } from './card-json';
import { toMrkdwn, toPlain, truncate } from './mrkdwn';
import { actionsBlocks, gathersInputs, renderButtons } from './render-actions';
import { renderInput } from './render-inputs';

/** Where blocks are shown: a message (≤ 50 blocks, no inputs), a modal or the Home tab (≤ 100). */
export type Surface = 'message' | 'modal' | 'home';

/** Options of one conversion. */
export interface BlockKitOptions {
  surface: Surface;
  /** Image elements become image blocks only when Slack can fetch their URL (a public PUBLIC_URL). */
  publicImages: boolean;
  /** Alt text for an image that has none. */
  defaultAlt: string;
}

/** A filled Adaptive Card converted to Block Kit. */
export interface BlockKitCard {
  blocks: types.KnownBlock[];
  /** The card's inputs (rendered as input blocks only on the modal surface). */
  inputs: CardElement[];
  /** Modal surface: the action that becomes the modal's submit button (the first one that sends the inputs). */
  submit: CardElement | null;
  /** Image blocks rendered (0 → a chart must be uploaded instead). */
  images: number;
}

/**
 * Converts a filled Adaptive Card 1.5 (TextBlock, RichTextBlock, FactSet, Image(Set), ColumnSet, Container,
 * Table, ActionSet, Input.*, Action.*) to Block Kit generically, within Slack's block and text limits.
 */
export function renderBlockKit(card: Record<string, unknown>, options: BlockKitOptions): BlockKitCard {
  const max = MAX_BLOCKS[options.surface];
  const full = render(card, options, false);
  if (full.blocks.length <= max) return full;
  // Too many blocks: render compactly (headings, facts and notes as text in shared sections, no dividers)
  // before cutting anything off.
  const compact = render(card, options, true);
  return { ...compact, blocks: fitBlocks(compact.blocks, max) };
}

function render(card: Record<string, unknown>, options: BlockKitOptions, compact: boolean): BlockKitCard {
  const inputs = collectInputs(card);
  const modal = options.surface === 'modal';
  const writer = new BlockWriter();
  const addText = (mrkdwn: string) => writer.addText(mrkdwn);
  const push = (...blocks: types.KnownBlock[]) => writer.push(...blocks);
  const counter = { next: 0 };
  let submit: CardElement | null = null;
  let images = 0;
  const actions = (list_: CardElement[]) => {
    const gathering = inputs.length > 0 ? list_.filter(gathersInputs) : [];
    if (modal && !submit && gathering[0]) submit = gathering[0];
    const rest = modal ? list_.filter((a) => a !== submit) : list_;
    push(...actionsBlocks(renderButtons(rest, counter, { skipGathering: !modal && inputs.length > 0 })));
    for (const a of list_) {
      const shown = a.type === 'Action.ShowCard' ? obj(a, 'card') : undefined;
      if (shown) visitAll(list(shown, 'body'), list(shown, 'actions'));
    }
  };

  const visit = (el: CardElement): void => {
    if (el.isVisible === false) return;
    if (el.separator === true && !compact && !writer.empty) push({ type: 'divider' });
    switch (el.type) {
      case 'TextBlock':
        textBlock(el);
        return;
      case 'RichTextBlock':
        addText(list(el, 'inlines').map(inline).join(''));
        return;
      case 'FactSet':
        if (compact) addText(factLines(list(el, 'facts')));
        else push(...factSections(list(el, 'facts')));
        return;
      case 'Image':
        image(el);
        return;
      case 'ImageSet':
        list(el, 'images').forEach(image);
        return;
      case 'ColumnSet':
        columnSet(el);
        return;
      case 'Container':
        list(el, 'items').forEach(visit);
        return;
      case 'Table':
        table(el);
        return;
      case 'ActionSet':
        actions(list(el, 'actions'));
        return;
    }
    if (isInput(el)) {
      if (!modal) return;
      const block = renderInput(el);
      if (block) push(block);
      return;
    }
    const fallback = obj(el, 'fallback');
    if (fallback) visit(fallback);
  };
  const visitAll = (body: CardElement[], cardActions: CardElement[]) => {
    body.forEach(visit);
    if (cardActions.length) actions(cardActions);
  };

  const textBlock = (el: CardElement) => {
    const raw = str(el, 'text') ?? '';
    const size = lower(el, 'size');
    const bold = lower(el, 'weight') === 'bolder';
    const mrkdwn = toMrkdwn(raw);
    const heading = lower(el, 'style') === 'heading' || (bold && (size === 'large' || size === 'extralarge'));
    // A header block holds 150 plain characters: longer headings (and all in compact mode) become bold text.
    if (heading && !compact && toPlain(raw).length <= HEADER_TEXT) {
      return push({ type: 'header', text: { type: 'plain_text', text: toPlain(raw) || '…', emoji: true } });
    }
    if (heading) return addText(mrkdwn ? `*${mrkdwn.replace(/\*/g, '')}*` : '');
    if (el.isSubtle === true && size === 'small') {
      if (compact) return addText(mrkdwn ? `_${mrkdwn}_` : '');
      return push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SECTION.text) }] });
    }
    addText(bold && mrkdwn && !mrkdwn.includes('*') ? `*${mrkdwn}*` : mrkdwn);
  };
  const image = (el: CardElement) => {
    const url = str(el, 'url') ?? '';
    if (!options.publicImages || !/^https?:\/\//.test(url) || url.length > IMAGE.url) return;
    images++;
    push({
      type: 'image',
      image_url: url,
      alt_text: truncate(str(el, 'altText') || options.defaultAlt, IMAGE.altText),
    });
  };
  const columnSet = (el: CardElement) => {
    const columns = list(el, 'columns').filter((c) => c.isVisible !== false);
    const simple =
      columns.length <= SECTION.fields && columns.every((c) => list(c, 'items').every((i) => i.type === 'TextBlock'));
    if (simple && columns.length > 1) {
      const fields = columns
        .map((c) =>
          list(c, 'items')
            .map((i) => toMrkdwn(str(i, 'text') ?? ''))
            .join('\n'),
        )
        .filter((f) => f.trim());
      if (fields.length)
        push({
          type: 'section',
          fields: fields.map((f) => ({ type: 'mrkdwn', text: truncate(f, SECTION.fieldText) })),
        });
      return;
    }
    for (const c of columns) list(c, 'items').forEach(visit);
  };
  const table = (el: CardElement) => {
    const header = el.firstRowAsHeader !== false;
    list(el, 'rows').forEach((row, i) => {
      const cells = list(row, 'cells').map((c) =>
        list(c, 'items')
          .map((it) => toPlain(str(it, 'text') ?? ''))
          .join(' '),
      );
      const line = cells.join(' · ');
      addText(header && i === 0 ? `*${line}*` : line);
    });
  };

  visitAll(list(card, 'body'), list(card, 'actions'));
  return { blocks: writer.finish(), inputs, submit, images };
}
