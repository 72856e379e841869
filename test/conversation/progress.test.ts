import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../store/store-snapshot';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

describe('fremdrift (IHI progress score)', () => {
  it('lets the team lead give the month’s score with a reason, on the 0.5–5.0 scale', async () => {
    const [card] = await f.say('lars', 'fremdrift');
    const text = textOf(card);
    expect(text).toContain('Fremdrift (IHI-skala)');
    expect(text).toContain('0,5 – Hensigt om at deltage');
    expect(text).toContain('5,0 – Enestående, varige resultater');
    expect(text).toContain('Månedens score for Team Hvidovre');
    const [saved] = await f.press(
      'lars',
      buttonOf(card, 'progress.save', { inputs: { score: '2.5', reason: 'Første ændringer afprøvet' } }),
    );
    expect(textOf(saved)).toContain('Månedens score er gemt: 2,5 for nov. 2026.');
    expect(await f.store.progress.listForTeam(f.hvidovre.id)).toMatchObject([
      { month: '2026-11', score: 2.5, reason: 'Første ændringer afprøvet', personId: f.people.lars.id },
    ]);
  });

  it('refuses a score off the scale and a missing reason, storing nothing', async () => {
    const [card] = await f.say('lars', 'fremdrift');
    const before = await snapshot(f.store);
    const [refused] = await f.press('lars', buttonOf(card, 'progress.save', { inputs: { score: '2.7', reason: '' } }));
    expect(textOf(refused)).toContain('Vælg en score på IHI-skalaen (0,5–5,0).');
    expect(textOf(refused)).toContain('Skriv en begrundelse på én linje');
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('shows the tovholder every team’s latest score with its trend; members get no form', async () => {
    const lead = { personId: f.people.lars.id, at: f.clock.now() };
    await f.store.progress.put({ teamId: f.hvidovre.id, month: '2026-10', score: 2, reason: 'Aktivitet' }, lead);
    await f.store.progress.put(
      { teamId: f.hvidovre.id, month: '2026-11', score: 3, reason: 'Beskeden forbedring' },
      lead,
    );
    const [card] = await f.say('tove', 'fremdrift');
    const text = textOf(card);
    expect(text).toContain('Team Hvidovre');
    expect(text).toContain('3,0 ↑ – nov. 2026: Beskeden forbedring');
    expect(text).toContain('Team Odense');
    expect(text).toContain('ingen score endnu');
    expect(text).not.toContain('Månedens score for');
  });

  it('shows each team’s score and trend in the tovholder’s oversigt', async () => {
    const lead = { personId: f.people.lars.id, at: f.clock.now() };
    await f.store.progress.put({ teamId: f.hvidovre.id, month: '2026-10', score: 3.5, reason: 'Forbedring' }, lead);
    await f.store.progress.put(
      { teamId: f.hvidovre.id, month: '2026-11', score: 3, reason: 'Tilbagefald i uge 46' },
      lead,
    );
    const [card] = await f.say('tove', 'oversigt OP24');
    const text = textOf(card);
    expect(text).toContain('Fremdrift (IHI-skala)');
    expect(text).toContain('3,0 ↓ – nov. 2026: Tilbagefald i uge 46');
  });
});
