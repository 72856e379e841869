import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const stored = (measure: keyof ConversationFixture['measures'], periodKey: string) =>
  f.store.measurements.get(f.measures[measure].id, f.hvidovre.id, periodKey);
const audit = () => f.store.audit.list({ entity: 'measurement' });

describe('ret <mål> <periode> <værdi>', () => {
  it('replaces the value without asking, audits old and new, and answers with the chart', async () => {
    await f.say('anna', 'måling ventetid 40 uge 47 notat: ny vagtplan');
    const before = (await audit()).length;
    const [text, chart] = await f.say('anna', 'ret VENT uge 47 42');
    expect(text?.text).toBe('Rettet: VENT, uge 47 er nu 42 timer (før 40 timer).');
    expect(chart?.card?.template).toBe('run-chart');
    expect(chart?.charts?.[0]).toMatchObject({ measureId: f.measures.vent.id, teamId: f.hvidovre.id });
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 42, note: 'ny vagtplan' });
    const entries = await audit();
    expect(entries).toHaveLength(before + 1);
    expect(entries.find((e) => e.action === 'update')).toMatchObject({
      actorId: f.people.anna.id,
      oldValue: expect.objectContaining({ value: 40 }),
      newValue: expect.objectContaining({ value: 42 }),
    });
  });

  it.each([
    ['ret OP24 uge 47 18/22', { numerator: 18, denominator: 22 }],
    ['ret op24 18/22 uge 47', { numerator: 18, denominator: 22 }],
    ['ret op24 2026-W47 18 / 22', { numerator: 18, denominator: 22 }],
  ])('reads "%s"', async (text, values) => {
    await f.say('anna', 'måling OP24 17/22 uge 47');
    await f.say('anna', text);
    expect(await stored('op24', '2026-W47')).toMatchObject(values);
  });

  it('corrects a daily measure named by its date', async () => {
    await f.say('anna', 'måling smerte 3 i går');
    await f.say('anna', 'ret nrs i går 4');
    expect(await stored('smerte', '2026-11-24')).toMatchObject({ value: 4 });
  });

  it('refuses a period without a value, pointing to "måling"', async () => {
    const [reply] = await f.say('anna', 'ret OP24 uge 47 18/22');
    expect(reply?.text).toBe('Der er ingen måling for uge 47 2026 – skriv "måling …" for at tilføje en.');
    expect(await stored('op24', '2026-W47')).toBeNull();
    expect(await audit()).toHaveLength(0);
  });

  it('answers "already saved" for the same value and writes nothing', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    const [reply] = await f.say('anna', 'ret VENT uge 47 40');
    expect(reply?.text).toBe('Allerede gemt: VENT, uge 47 er 40 timer. Der er ikke ændret noget.');
    expect(await audit()).toHaveLength(1);
  });

  it.each([
    ['ret OP24 uge 47 25/22', 'Tælleren (25) kan ikke være større end nævneren (22).'],
    ['ret OP24 uge 47 18', 'OP24 skal angives som tæller/nævner, fx 18/22.'],
    ['ret VENT uge 47 abc', 'Jeg kunne ikke læse værdien "abc".'],
    ['ret VENT 42', 'Skriv målet, perioden og den rigtige værdi'],
    ['ret', 'Skriv målet, perioden og den rigtige værdi'],
    ['ret VENT uge 60 42', 'Jeg forstod ikke perioden "uge 60"'],
    ['ret XYZ uge 47 42', 'Jeg ved ikke sikkert, hvilket mål "XYZ" er'],
  ])('refuses "%s" clearly and changes nothing', async (text, message) => {
    await f.say('anna', 'måling OP24 17/22 uge 47');
    await f.say('anna', 'måling VENT 40 uge 47');
    const before = await f.store.measurements.listForTeam(f.hvidovre.id);
    const [reply] = await f.say('anna', text);
    expect(textOf(reply)).toContain(message);
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual(before);
  });

  it('speaks English to an English user', async () => {
    await f.say('emma', 'measurement VENT 40 week 47');
    const [text] = await f.say('emma', 'correct VENT week 47 41');
    expect(text?.text).toBe('Corrected: VENT, week 47 is now 41 timer (was 40 timer).');
    const [usage] = await f.say('emma', 'correct VENT');
    expect(usage?.text).toContain('Write the measure, the period and the right value');
    const [none] = await f.say('emma', 'correct OP24 week 47 18/22');
    expect(none?.text).toBe('There is no measurement for week 47 2026 – write "measurement …" to add one.');
  });

  it('refuses a sponsor (read-only)', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    const [reply] = await f.say('sofie', 'ret VENT uge 47 42');
    expect(reply?.error?.code).toBe('PERMISSION_DENIED');
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 40 });
  });
});

describe('slet <mål> <periode>', () => {
  it('asks on a card, deletes on Slet (audited), answers with the chart; a second press says already deleted', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    const [ask] = await f.say('anna', 'slet VENT uge 47');
    expect(textOf(ask)).toContain('Slet VENT, uge 47?');
    expect(textOf(ask)).toContain('40 timer');
    expect(await stored('vent', '2026-W47')).not.toBeNull();
    const press = buttonOf(ask, 'measurement.delete', { title: 'Slet' });
    buttonOf(ask, 'measurement.deleteKeep', { title: 'Behold' });
    const [text, chart] = await f.press('anna', press);
    expect(text?.text).toBe('Slettet: VENT, uge 47 (var 40 timer).');
    expect(chart?.card?.template).toBe('run-chart');
    expect(await stored('vent', '2026-W47')).toBeNull();
    expect((await audit()).find((e) => e.action === 'delete')).toMatchObject({
      actorId: f.people.anna.id,
      oldValue: expect.objectContaining({ value: 40 }),
      newValue: null,
    });
    const [again] = await f.press('anna', press);
    expect(again?.text).toBe('Målingen er allerede slettet.');
    expect(await audit()).toHaveLength(2);
  });

  it('keeps the value on Behold', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    const [ask] = await f.say('anna', 'slet VENT uge 47');
    const [kept] = await f.press('anna', buttonOf(ask, 'measurement.deleteKeep'));
    expect(kept?.text).toBe('Målingen er beholdt – intet er slettet.');
    expect(await f.press('anna', buttonOf(ask, 'measurement.delete'))).toEqual([
      { text: 'Det valg er ikke længere aktivt. Skriv målingen igen.' },
    ]);
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 40 });
  });

  it('does not delete a value that changed after the question', async () => {
    await f.say('anna', 'måling VENT 40 uge 47');
    const [ask] = await f.say('anna', 'slet VENT uge 47');
    await f.say('lars', 'ret VENT uge 47 41');
    const [reply] = await f.press('anna', buttonOf(ask, 'measurement.delete'));
    expect(reply?.text).toContain('Værdien er ændret, siden du spurgte');
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 41 });
  });

  it('refuses a period without a value, a sponsor, and another person pressing the card', async () => {
    const [none] = await f.say('anna', 'slet VENT uge 46');
    expect(none?.text).toBe('Der er ingen måling for uge 46 2026 – skriv "måling …" for at tilføje en.');
    await f.say('anna', 'måling VENT 40 uge 47');
    const [sponsor] = await f.say('sofie', 'slet VENT uge 47');
    expect(sponsor?.error?.code).toBe('PERMISSION_DENIED');
    const [ask] = await f.say('anna', 'slet VENT uge 47');
    await f.press('ole', buttonOf(ask, 'measurement.delete'));
    await f.press('mette', buttonOf(ask, 'measurement.delete'));
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 40 });
    const [usage] = await f.say('anna', 'slet VENT');
    expect(usage?.text).toBe('Skriv målet og perioden, fx "slet OP24 uge 47".');
  });

  it('speaks English to an English user', async () => {
    await f.say('emma', 'measurement VENT 40 week 47');
    const [ask] = await f.say('emma', 'delete VENT week 47');
    expect(textOf(ask)).toContain('Delete VENT, week 47?');
    const [text] = await f.press('emma', buttonOf(ask, 'measurement.delete', { title: 'Delete' }));
    expect(text?.text).toBe('Deleted: VENT, week 47 (was 40 timer).');
  });
});

describe('help', () => {
  it('lists ret, slet and fortryd for people who log data, not for a sponsor', async () => {
    const member = textOf((await f.say('anna', 'hjælp'))[0]);
    for (const usage of ['ret OP24 uge 47 18/22', 'slet OP24 uge 47', 'fortryd']) expect(member).toContain(usage);
    expect(textOf((await f.say('emma', 'help'))[0])).toContain('correct OP24 week 47 18/22');
    expect(textOf((await f.say('sofie', 'hjælp'))[0])).not.toContain('ret OP24 uge 47 18/22');
  });
});
