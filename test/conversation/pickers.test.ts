// Pickers: options named by what tells them apart, buttons up to three, a drop-down beyond.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import type { Reply } from '../../src/conversation/turn';
import {
  actionsOf,
  buttonOf,
  conversationFixture,
  textOf,
  type ConversationFixture,
} from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

/** The drop-down of a reply's card: its input id, style and choice titles. */
function dropDown(reply: Reply | undefined) {
  const card = renderAdaptiveCard(reply!.card!) as { body: Record<string, unknown>[] };
  const input = card.body.find((el) => el.type === 'Input.ChoiceSet');
  if (!input) return null;
  const choices = input.choices as { title: string; value: string }[];
  return { id: input.id, style: input.style, titles: choices.map((c) => c.title), values: choices.map((c) => c.value) };
}

async function addTeams(...names: string[]) {
  for (const name of names) {
    await f.store.teams.create(
      { collaborativeId: f.hip.id, name, department: 'Ortopædkirurgi', region: 'hovedstaden' },
      { personId: null, at: f.clock.now() },
    );
  }
}

describe('team pickers', () => {
  it('names two teams by what differs, as buttons, and the chosen one answers', async () => {
    const [ask] = await f.say('tove', 'status');
    expect(dropDown(ask)).toBeNull();
    expect(actionsOf(ask).map((a) => a.title)).toEqual(['Hvidovre', 'Odense']);
    const [status] = await f.press('tove', buttonOf(ask, 'team.pick', { title: 'Odense' }));
    expect(textOf(status)).toContain('Status – Team Odense');
  });

  it('shows a drop-down beyond three teams, with every team and a submit button', async () => {
    await addTeams('Team Glostrup', 'Team Køge');
    const [ask] = await f.say('tove', 'status');
    expect(dropDown(ask)).toEqual({
      id: 'teamId',
      style: 'compact',
      titles: ['Glostrup', 'Hvidovre', 'Køge', 'Odense'],
      values: expect.any(Array),
    });
    const submit = buttonOf(ask, 'team.pick', { inputs: { teamId: f.odense.id } });
    const [status] = await f.press('tove', submit);
    expect(textOf(status)).toContain('Status – Team Odense');
  });

  it('adds the department only where two teams share a name', async () => {
    await f.store.teams.create(
      { collaborativeId: f.hip.id, name: 'Team Odense', department: 'Akutafdelingen', region: 'syddanmark' },
      { personId: null, at: f.clock.now() },
    );
    const [ask] = await f.say('tove', 'team');
    expect(
      actionsOf(ask)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Hvidovre', 'Odense (Akutafdelingen)', 'Odense (Ortopædkirurgi, OUH)']);
  });
});

describe('measure pickers', () => {
  it('asks with buttons for two measures and a drop-down for the whole list', async () => {
    const [ambiguous] = await f.say('anna', 'graf mob');
    expect(dropDown(ambiguous)).toBeNull();
    expect(actionsOf(ambiguous).map((a) => a.title)).toEqual([
      'MOB1 – Mobilisering inden for 24 timer',
      'MOBD – Mobilitet ved udskrivelse',
    ]);
    const [all] = await f.say('anna', 'graf');
    const list = dropDown(all);
    expect(list).toMatchObject({ id: 'measureId', style: 'compact' });
    expect(list!.titles.length).toBeGreaterThan(3);
    expect(new Set(list!.titles).size).toBe(list!.titles.length);
    expect(list!.titles).toContain('OP24 – Operation inden for 24 timer');
  });
});

describe('seminar pickers', () => {
  const FORM = {
    title: 'Læringsseminar',
    time: '10:00',
    location: 'Hotel Nyborg Strand',
    onlineUrl: '',
    agenda: '',
    offsets: '2',
  };

  it('tells seminars of the same title apart by their dates', async () => {
    for (const date of ['2026-12-17', '2027-01-14']) {
      const [form] = await f.say('tove', 'seminar ny');
      await f.press('tove', buttonOf(form, 'seminar.save', { inputs: { ...FORM, date, scope: f.hip.id } }));
    }
    const [ask] = await f.say('tove', 'seminar svar');
    expect(actionsOf(ask).map((a) => a.title)).toEqual(['17. december 2026 kl. 10:00', '14. januar 2027 kl. 10:00']);
    const [tally] = await f.press('tove', buttonOf(ask, 'seminar.tally', { title: '14. januar 2027 kl. 10:00' }));
    expect(tally?.card?.template).toBe('seminar-tally');
  });
});
