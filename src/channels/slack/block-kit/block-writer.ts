import type { types } from '@slack/bolt';
import { SECTION } from '../slack-limits';
import { str, type CardElement } from './card-json';
import { toMrkdwn, truncate } from './mrkdwn';

/** Collects blocks; consecutive text is merged into one section (≤ 3000 characters) to spend few blocks. */
export class BlockWriter {
  private readonly blocks: types.KnownBlock[] = [];
  private text: string[] = [];
  private length = 0;

  /** True while nothing has been written. */
  get empty(): boolean {
    return this.blocks.length === 0 && this.text.length === 0;
  }

  /** Appends mrkdwn to the current text section (a new section when it would overflow). */
  addText(mrkdwn: string): void {
    if (!mrkdwn.trim()) return;
    if (this.length + mrkdwn.length + 1 > SECTION.text) this.flush();
    this.text.push(mrkdwn);
    this.length += mrkdwn.length + 1;
  }

  /** Appends blocks after any pending text. */
  push(...blocks: types.KnownBlock[]): void {
    this.flush();
    this.blocks.push(...blocks);
  }

  /** The blocks written. */
  finish(): types.KnownBlock[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    if (this.text.length)
      this.blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: truncate(this.text.join('\n'), SECTION.text) },
      });
    this.text = [];
    this.length = 0;
  }
}

/** Adaptive Card enum values are case-insensitive ("Bolder", "bolder"). */
export function lower(el: CardElement, key: string): string | undefined {
  return str(el, key)?.toLowerCase();
}

/** A RichTextBlock TextRun as mrkdwn. */
export function inline(run: CardElement): string {
  const t = toMrkdwn(str(run, 'text') ?? '');
  if (!t.trim()) return t;
  if (lower(run, 'weight') === 'bolder') return `*${t}*`;
  return run.italic === true ? `_${t}_` : t;
}

/** A FactSet as two-column section fields ("*title*\nvalue"), at most 10 per section. */
export function factSections(facts: CardElement[]): types.SectionBlock[] {
  const fields = facts.map((f) => ({
    type: 'mrkdwn' as const,
    text: truncate(`*${toMrkdwn(str(f, 'title') ?? '')}*\n${toMrkdwn(str(f, 'value') ?? '')}`, SECTION.fieldText),
  }));
  const out: types.SectionBlock[] = [];
  for (let i = 0; i < fields.length; i += SECTION.fields)
    out.push({ type: 'section', fields: fields.slice(i, i + SECTION.fields) });
  return out;
}

/** A FactSet as text lines ("*title*: value"), for compact rendering. */
export function factLines(facts: CardElement[]): string {
  return facts.map((f) => `*${toMrkdwn(str(f, 'title') ?? '')}*: ${toMrkdwn(str(f, 'value') ?? '')}`).join('\n');
}

/** Keeps a surface within its block limit: the head of the content, an ellipsis, and the trailing buttons. */
export function fitBlocks(blocks: types.KnownBlock[], max: number): types.KnownBlock[] {
  if (blocks.length <= max) return blocks;
  let tail = 0;
  while (tail < 2 && blocks[blocks.length - 1 - tail]?.type === 'actions') tail++;
  const head = blocks.slice(0, max - tail - 1);
  const more: types.ContextBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] };
  return [...head, more, ...blocks.slice(blocks.length - tail)];
}
