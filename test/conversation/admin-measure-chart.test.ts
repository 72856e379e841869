import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { cardProblems, choicesOf, inputsOf } from './admin-support';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

describe("chat admin: a measure's control chart", () => {
  const base = {
    name: 'Tryksår',
    unitKind: 'proportion',
    unit: '%',
    goal: '',
    direction: 'lower',
    period: 'month',
    type: 'outcome',
    scope: 'mandatory',
  };

  it('offers the rare-event and prime charts and stores the one chosen', async () => {
    const [form] = await f.say('tove', 'nyt mål');
    expect(cardProblems(form)).toEqual([]);
    expect(inputsOf(form)).toMatchObject({ chart: 'auto' });
    expect(choicesOf(form, 'chart')).toEqual(['auto', 'c', 'g', 'p', 'pp', 'u', 'up', 'i', 'ip', 't']);
    const [created] = await f.press(
      'tove',
      buttonOf(form, 'admin.createMeasure', { inputs: { ...base, code: 'TRYK', chart: 'pp' } }),
    );
    expect(created?.card?.template).toBe('admin-created');
    expect(await f.store.measures.findByCode(f.hip.id, 'TRYK')).toMatchObject({ chart: 'pp', unitKind: 'proportion' });
  });

  it('refuses a chart that does not fit the unit kind, names the ones that do, and stores nothing', async () => {
    const [form] = await f.say('tove', 'nyt mål');
    const [again] = await f.press(
      'tove',
      buttonOf(form, 'admin.createMeasure', { inputs: { ...base, code: 'TRYK2', chart: 'g' } }),
    );
    expect(textOf(again)).toContain('Kontroldiagrammet passer ikke til "Andel (tæller/nævner)"');
    expect(textOf(again)).toContain("P'-kort (andel med meget store nævnere)");
    expect(inputsOf(again)).toMatchObject({ code: 'TRYK2', chart: 'g' });
    expect(await f.store.measures.findByCode(f.hip.id, 'TRYK2')).toBeNull();
  });
});
