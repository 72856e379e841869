import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE_BUDGET_BYTES, MAX_CARD_ACTIONS } from '../../src/cards/card-budget';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import { cardSamples } from './card-samples';
import { TEMPLATE_NAMES } from '../../src/domain';

// The ESM build of adaptivecards does not load in Node; its UMD bundle parses and validates without a DOM.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

type Json = Record<string, unknown>;

function walk(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

function parseEvents(card: Json): unknown[] {
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  const events: unknown[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  return [...events, ...adaptiveCard.validateProperties().validationEvents];
}

const samples = [...cardSamples('da'), ...cardSamples('en').map((s) => ({ ...s, name: `${s.name} (en)` }))];

describe('card templates', () => {
  it('has exactly one template file per template name', () => {
    const files = readdirSync(new URL('../../adaptive-cards/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...TEMPLATE_NAMES].sort());
  });

  it('has a sample of every template in both locales', () => {
    for (const locale of ['da', 'en'] as const) {
      const covered = new Set<string>(cardSamples(locale).map((s) => s.template));
      const withoutSample = TEMPLATE_NAMES.filter((name) => !covered.has(name));
      expect(withoutSample, `add samples for these templates to test/cards/card-samples.ts (${locale})`).toEqual([]);
    }
  });

  describe.each(samples.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const card = renderAdaptiveCard(sample.model);
    const json = JSON.stringify(card);

    it('parses and validates in the adaptivecards library with no events', () => {
      expect(parseEvents(card)).toEqual([]);
    });

    it(`stays under the ${CARD_SIZE_BUDGET_BYTES}-byte size budget`, () => {
      expect(Buffer.byteLength(json, 'utf8')).toBeLessThan(CARD_SIZE_BUDGET_BYTES);
    });

    it('is an Adaptive Card 1.5 with every binding filled', () => {
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(json).not.toContain('${');
      expect(sample.model.summary.length).toBeGreaterThan(0);
    });

    it('gives every input an id and a label, and every image alt text', () => {
      walk(card, (o) => {
        if (typeof o.type === 'string' && o.type.startsWith('Input.')) {
          expect(o.id, JSON.stringify(o)).toMatch(/^[A-Za-z]+$/);
          expect(typeof o.label === 'string' && o.label.length > 0, JSON.stringify(o)).toBe(true);
        }
        if (o.type === 'Image') expect(String(o.altText ?? '').length).toBeGreaterThan(0);
      });
    });

    it('uses Action.Execute with the verb in its data and an Action.Submit fallback carrying the same data', () => {
      const actions: Json[] = [];
      walk(card, (o) => {
        if (typeof o.type === 'string' && o.type.startsWith('Action.')) actions.push(o);
      });
      const executes = actions.filter((a) => a.type === 'Action.Execute');
      expect(executes.length).toBeGreaterThan(0);
      for (const a of executes) {
        expect(a.verb).toMatch(/^[a-z]+\.[A-Za-z]+$/);
        expect(a.data).toMatchObject({ verb: a.verb });
        expect(a.fallback).toEqual({
          type: 'Action.Submit',
          title: a.title,
          data: a.data,
          style: a.style,
          associatedInputs: a.associatedInputs,
        });
      }
      // Every Action.Submit is some Execute's fallback; no other action types are used.
      expect(actions.filter((a) => a.type === 'Action.Submit')).toHaveLength(executes.length);
      expect(actions.every((a) => a.type === 'Action.Execute' || a.type === 'Action.Submit')).toBe(true);
      expect(((card.actions as unknown[]) ?? []).length).toBeLessThanOrEqual(MAX_CARD_ACTIONS);
    });
  });
});
