// Reduces Slack messages and modals (Block Kit as the fake Web API received them) to what a user sees and
// can press, in the channel contract's NormalizedReply shape.
import { decodeButton, type ButtonPayload } from '../../../src/channels/slack/block-kit/action-value';
import type { NormalizedAction, NormalizedReply } from '../../contract/normalize-adaptive-card';

type Json = Record<string, any>;

/** Slack mrkdwn back to plain text: `<url|text>` → text, `*b*`/`_i_` → b/i, entities unescaped. */
export function plainFromMrkdwn(text: string): string {
  return text
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,:;!?)])/gm, '$1$2')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,:;!?)])/gm, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A button the user can press, resolved to its payload (stored payloads looked up by the caller). */
export interface PressableButton {
  title: string;
  payload: ButtonPayload;
  value: string;
  actionId: string;
}

/** Every button with one of our payloads in a list of blocks. */
export function buttonsOf(blocks: Json[]): PressableButton[] {
  const out: PressableButton[] = [];
  for (const block of blocks) {
    const elements: Json[] = block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : [];
    for (const el of elements) {
      if (el.type !== 'button' || typeof el.value !== 'string') continue;
      const payload = decodeButton(el.value);
      if (payload) out.push({ title: el.text?.text ?? '', payload, value: el.value, actionId: el.action_id });
    }
  }
  return out;
}

/** Visible text of blocks (headers, sections, fields as "title: value", context, input labels). */
export function textOfBlocks(blocks: Json[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'header') lines.push(block.text.text);
    if (block.type === 'section') {
      if (block.text) lines.push(plainFromMrkdwn(block.text.text));
      for (const f of block.fields ?? []) {
        const m = /^\*([^*\n]*)\*\n([\s\S]*)$/.exec(f.text as string);
        lines.push(m ? `${plainFromMrkdwn(m[1]!)}: ${plainFromMrkdwn(m[2]!)}` : plainFromMrkdwn(f.text));
      }
    }
    if (block.type === 'context')
      for (const el of block.elements ?? []) if (el.text) lines.push(plainFromMrkdwn(el.text));
    if (block.type === 'input') {
      lines.push(block.label.text);
      for (const o of block.element?.options ?? []) lines.push(o.text.text);
    }
  }
  return lines.join('\n');
}

/** Images in blocks (image blocks with alt text). */
export function imagesOfBlocks(blocks: Json[]): Array<{ url: string; alt: string }> {
  return blocks
    .filter((b) => b.type === 'image')
    .map((b) => ({ url: b.image_url ?? b.slack_file?.url ?? '', alt: b.alt_text ?? '' }));
}

/** Normalizes one message: text, buttons (card actions with their verb merged into data), images. */
export function normalizeMessage(
  message: { text?: string; blocks?: Json[] },
  extraActions: NormalizedAction[] = [],
): NormalizedReply {
  const blocks = message.blocks ?? [];
  const text = blocks.length ? textOfBlocks(blocks) : plainFromMrkdwn(message.text ?? '');
  const actions: NormalizedAction[] = [];
  for (const b of buttonsOf(blocks)) {
    if (b.payload.kind === 'action')
      actions.push({ title: b.title, data: { ...b.payload.action.data, verb: b.payload.action.verb } });
  }
  return {
    text,
    actions: [...actions, ...extraActions],
    images: imagesOfBlocks(blocks),
    inputs: [],
    links: linksOfBlocks(blocks),
  };
}

/** The `<url|text>` links of the blocks' mrkdwn (section texts and context elements). */
export function linksOfBlocks(blocks: Json[]): Array<{ title: string; url: string }> {
  const texts = blocks
    .flatMap((b) => [b.text?.text, ...(b.elements ?? []).map((e: Json) => e.text)])
    .filter((t): t is string => typeof t === 'string');
  return texts.flatMap((t) =>
    [...t.matchAll(/<(https?:[^|>]+)\|([^>]+)>/g)].map((m) => ({
      title: plainFromMrkdwn(m[2]!),
      url: m[1]!.replace(/&amp;/g, '&'),
    })),
  );
}
