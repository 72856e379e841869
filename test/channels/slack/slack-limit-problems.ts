// Checks Block Kit against Slack's documented limits (the constants in src/channels/slack/slack-limits.ts)
// and lists every violation, so a test can expect [] and print what is wrong.
import type { Surface } from '../../../src/channels/slack/block-kit/render-block-kit';
import {
  ACTIONS_ELEMENTS,
  BUTTON,
  CONTEXT_ELEMENTS,
  HEADER_TEXT,
  IMAGE,
  INPUT,
  MAX_BLOCKS,
  MODAL,
  SECTION,
} from '../../../src/channels/slack/slack-limits';

type Json = Record<string, any>;

/** Every limit violation in a list of blocks for a surface (empty = fits). */
export function slackLimitProblems(blocks: Json[], surface: Surface): string[] {
  const p: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  const text = (t: Json | undefined, max: number, where: string) => {
    check(
      typeof t?.text === 'string' && t.text.length >= 1 && t.text.length <= max,
      `${where}: text length ${t?.text?.length} not in 1..${max}`,
    );
  };
  check(blocks.length <= MAX_BLOCKS[surface], `${blocks.length} blocks > ${MAX_BLOCKS[surface]} (${surface})`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    if (b.block_id !== undefined) {
      check(b.block_id.length <= SECTION.blockId && !blockIds.has(b.block_id), `${at}: block_id too long or repeated`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'section':
        check(Boolean(b.text || b.fields), `${at}: neither text nor fields`);
        if (b.text) text(b.text, SECTION.text, at);
        if (b.fields) {
          check(b.fields.length >= 1 && b.fields.length <= SECTION.fields, `${at}: ${b.fields.length} fields`);
          b.fields.forEach((f: Json, j: number) => {
            text(f, SECTION.fieldText, `${at} field ${j}`);
          });
        }
        break;
      case 'header':
        text(b.text, HEADER_TEXT, at);
        check(b.text?.type === 'plain_text', `${at}: header must be plain_text`);
        break;
      case 'context':
        check(b.elements.length >= 1 && b.elements.length <= CONTEXT_ELEMENTS, `${at}: ${b.elements.length} elements`);
        b.elements.forEach((e: Json, j: number) => {
          text(e, SECTION.text, `${at} element ${j}`);
        });
        break;
      case 'image':
        check(
          typeof b.image_url === 'string' && b.image_url.length <= IMAGE.url && /^https?:\/\//.test(b.image_url),
          `${at}: image_url`,
        );
        check(
          typeof b.alt_text === 'string' && b.alt_text.length >= 1 && b.alt_text.length <= IMAGE.altText,
          `${at}: alt_text`,
        );
        break;
      case 'actions': {
        check(b.elements.length >= 1 && b.elements.length <= ACTIONS_ELEMENTS, `${at}: ${b.elements.length} elements`);
        const ids = new Set<string>();
        for (const [j, e] of (b.elements as Json[]).entries()) {
          text(e.text, BUTTON.text, `${at} button ${j}`);
          check(
            typeof e.action_id === 'string' && e.action_id.length <= BUTTON.actionId && !ids.has(e.action_id),
            `${at} button ${j}: action_id`,
          );
          ids.add(e.action_id);
          if (e.value !== undefined)
            check(e.value.length <= BUTTON.value, `${at} button ${j}: value ${e.value.length} > ${BUTTON.value}`);
          if (e.url !== undefined) check(e.url.length <= BUTTON.url, `${at} button ${j}: url`);
          if (e.style !== undefined)
            check(['primary', 'danger'].includes(e.style), `${at} button ${j}: style ${e.style}`);
        }
        break;
      }
      case 'input': {
        check(surface === 'modal', `${at}: input block outside a modal`);
        text(b.label, INPUT.label, `${at} label`);
        const el = b.element as Json;
        if (el.placeholder) text(el.placeholder, INPUT.placeholder, `${at} placeholder`);
        if (el.max_length !== undefined) check(el.max_length <= INPUT.plainTextMax, `${at}: max_length`);
        if (el.options) {
          check(
            el.options.length >= 1 && el.options.length <= INPUT.selectOptions,
            `${at}: ${el.options.length} options`,
          );
          if (el.type === 'checkboxes' || el.type === 'radio_buttons')
            check(el.options.length <= INPUT.checkboxOptions, `${at}: too many checkboxes`);
          for (const o of el.options as Json[]) {
            text(o.text, INPUT.optionText, `${at} option`);
            check(typeof o.value === 'string' && o.value.length <= INPUT.optionValue, `${at}: option value`);
          }
        }
        break;
      }
      case 'divider':
        break;
      default:
        p.push(`${at}: unexpected block type`);
    }
  });
  return p;
}

/** Violations of a modal view's own limits plus its blocks'. */
export function modalLimitProblems(view: Json): string[] {
  const p = slackLimitProblems(view.blocks, 'modal');
  const label = (t: Json | undefined, what: string) => {
    if (t && !(t.text.length >= 1 && t.text.length <= MODAL.title)) p.push(`modal ${what}: ${t.text.length} chars`);
  };
  label(view.title, 'title');
  label(view.submit, 'submit');
  label(view.close, 'close');
  if (!view.title) p.push('modal without title');
  if ((view.private_metadata ?? '').length > MODAL.privateMetadata) p.push('private_metadata too long');
  if (view.blocks.some((b: Json) => b.type === 'input') && !view.submit) p.push('modal with inputs but no submit');
  return p;
}
