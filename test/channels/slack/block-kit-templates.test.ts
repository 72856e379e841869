import { describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import { cardSamples } from '../../cards/card-samples';
import { TEMPLATE_NAMES } from '../../../src/domain';
import { actionPayload } from '../../../src/channels/slack/block-kit/action-value';
import { collectInputs } from '../../../src/channels/slack/block-kit/card-json';
import { gathersInputs } from '../../../src/channels/slack/block-kit/render-actions';
import { renderBlockKit, type Surface } from '../../../src/channels/slack/block-kit/render-block-kit';
import { renderModal } from '../../../src/channels/slack/block-kit/render-modal';
import { buildSlackMessage } from '../../../src/channels/slack/slack-message';
import type { SlackState } from '../../../src/channels/slack/slack-state';
import { createTranslator } from '../../../src/i18n/translator';
import { normalizeAdaptiveCard } from '../../contract/normalize-adaptive-card';
import { buttonsOf, imagesOfBlocks, normalizeMessage } from './normalize-block-kit';
import { modalLimitProblems, slackLimitProblems } from './slack-limit-problems';

type Json = Record<string, any>;

/** An in-memory SlackState: the renderer test needs no database. */
function memoryState(): SlackState & { forms: Map<string, Json> } {
  const forms = new Map<string, Json>();
  let n = 0;
  return {
    forms,
    saveForm: async (card) => {
      forms.set(`f${++n}`, card);
      return `f${n}`;
    },
    loadForm: async (key) => forms.get(key) ?? null,
    savePayload: async () => `p${++n}`,
    loadPayload: async () => null,
    markHomeSeen: async () => undefined,
    homeSeen: async () => false,
  };
}

const MD_LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
const squash = (s: string) => s.replace(MD_LINK, '$1').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
const samples = (['da', 'en'] as const).flatMap((locale) => cardSamples(locale).map((s) => ({ ...s, locale })));

describe('Block Kit on every card template', () => {
  it('has samples for every template in both languages', () => {
    for (const locale of ['da', 'en'] as const) {
      expect(new Set(samples.filter((s) => s.locale === locale).map((s) => s.template))).toEqual(
        new Set(TEMPLATE_NAMES),
      );
    }
  });

  describe.each(samples.map((s) => [`${s.name} (${s.locale})`, s] as const))('%s', (_name, sample) => {
    const t = createTranslator(sample.locale);
    const card = renderAdaptiveCard(sample.model);
    const seen = normalizeAdaptiveCard(card);
    const inputs = collectInputs(card);

    it("fits a message, shows all of the card's text, images and buttons", async () => {
      const state = memoryState();
      const message = await buildSlackMessage(
        { card: sample.model },
        { renderCard: renderAdaptiveCard, state, publicImages: true },
        t,
      );
      expect(slackLimitProblems(message.blocks as Json[], 'message')).toEqual([]);
      expect(message.text.length).toBeGreaterThan(0);
      const shown = normalizeMessage({ blocks: message.blocks as Json[] });
      const slackText = squash(shown.text);
      for (const line of seen.text.split('\n').map(squash).filter(Boolean)) {
        if (inputs.length && /^\S/.test(line) && !slackText.includes(line)) {
          // Input labels and choices are shown in the modal, not in the message.
          continue;
        }
        expect(slackText, `line "${line}"`).toContain(line);
      }
      for (const [, label, url] of seen.text.matchAll(MD_LINK))
        expect(JSON.stringify(message.blocks)).toContain(`<${url}|${label}>`);
      expect(imagesOfBlocks(message.blocks as Json[])).toEqual(seen.images);
      const buttons = buttonsOf(message.blocks as Json[]);
      const formButtons = buttons.filter((b) => b.payload.kind === 'form');
      expect(formButtons).toHaveLength(inputs.length ? 1 : 0);
      for (const action of seen.actions) {
        const sendsInputs = inputs.length > 0 && card.actions !== undefined && isGathering(card, action.data);
        if (sendsInputs) continue;
        expect(shown.actions, `button "${action.title}"`).toContainEqual(action);
      }
    });

    if (inputs.length > 0)
      it("opens as a modal with every input and the card's submit action", () => {
        const view = renderModal(card, {
          publicImages: true,
          defaultAlt: t('slack.chart.alt'),
          labels: { title: t('slack.form.title'), submit: t('slack.form.submit'), close: t('slack.form.close') },
          privateMetadata: JSON.stringify({ k: 'form-key', u: 'https://hooks.slack.com/actions/T1/1/x' }),
        }) as Json;
        expect(modalLimitProblems(view)).toEqual([]);
        const blockIds = (view.blocks as Json[]).filter((b) => b.type === 'input').map((b) => b.block_id);
        expect(blockIds).toEqual(seen.inputs);
        const { submit } = renderBlockKit(card, { surface: 'modal', publicImages: true, defaultAlt: '' });
        expect(submit && actionPayload(submit)?.kind).toBe('action');
      });

    if (inputs.length > 0)
      it("keeps the modal's title, submit and labels whole, and marks exactly the required inputs", () => {
        const view = renderModal(card, {
          publicImages: true,
          defaultAlt: t('slack.chart.alt'),
          labels: { title: t('slack.form.title'), submit: t('slack.form.submit'), close: t('slack.form.close') },
          privateMetadata: '{}',
        }) as Json;
        const texts = [view.title, view.submit, view.close].filter(Boolean).map((x) => (x as Json).text as string);
        for (const text of texts) expect(text, text).not.toMatch(/…$/);
        const required = new Map(inputs.map((i) => [i.id, i.isRequired === true]));
        for (const block of (view.blocks as Json[]).filter((b) => b.type === 'input')) {
          expect(block.label.text, block.block_id).not.toMatch(/…$/);
          expect(block.label.text, block.block_id).not.toMatch(/skal udfyldes|required\)/i);
          expect(block.optional, block.block_id).toBe(!required.get(block.block_id));
        }
      });

    it.each(['home', 'modal'] as Surface[])('fits the %s surface', (surface) => {
      const { blocks } = renderBlockKit(card, { surface, publicImages: true, defaultAlt: 'x' });
      expect(slackLimitProblems(blocks as Json[], surface)).toEqual([]);
    });
  });
});

/** True when the card action with this data sends the card's inputs (it then lives in the modal). */
function isGathering(card: Json, data: Json): boolean {
  const all: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if ((o.type === 'Action.Execute' || o.type === 'Action.Submit') && o.title !== undefined) all.push(o);
      for (const [k, v] of Object.entries(o)) if (k !== 'fallback') visit(v);
    }
  };
  visit(card);
  return all.some(
    (a) =>
      gathersInputs(a) && a.data && JSON.stringify({ ...a.data, verb: a.verb ?? a.data.verb }) === JSON.stringify(data),
  );
}
