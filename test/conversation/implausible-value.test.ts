import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { seedWeeks } from './series-support';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const stored = (measure: keyof ConversationFixture['measures'], periodKey: string) =>
  f.store.measurements.get(f.measures[measure].id, f.hvidovre.id, periodKey);
const audit = () => f.store.audit.list({ entity: 'measurement', actorId: f.people.anna.id });

describe('the same value again', () => {
  it('answers "already saved" without the replace question and writes nothing', async () => {
    await f.say('anna', 'måling OP24 18/22 uge 47');
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47');
    expect(reply?.card).toBeUndefined();
    expect(reply?.text).toBe('Allerede gemt: OP24, uge 47 er 18/22 (81,8 %). Der er ikke ændret noget.');
    expect(await audit()).toHaveLength(1);
  });

  it('does the same for the form, and in English', async () => {
    await f.say('emma', 'measurement VENT 40 week 47');
    const [form] = await f.press('emma', { verb: 'measurement.form', data: {} });
    const submit = buttonOf(form, 'measurement.submit');
    const [reply] = await f.press('emma', {
      ...submit,
      data: { ...submit.data, measureId: f.measures.vent.id, period: 'week 47', value: '40' },
    });
    expect(reply?.text).toBe('Already saved: VENT, week 47 is 40 timer. Nothing was changed.');
  });

  it('still asks when the value differs', async () => {
    await f.say('anna', 'måling OP24 18/22 uge 47');
    const [reply] = await f.say('anna', 'måling OP24 18/21 uge 47');
    expect(textOf(reply)).toContain('OP24 har allerede en værdi for uge 47');
  });
});

describe('an implausible value', () => {
  it('asks "Er du sikker?" for ten times the typical value; "Ja, gem" stores it once', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18]);
    const before = await f.store.measurements.listForTeam(f.hvidovre.id);
    const [ask] = await f.say('anna', 'måling VENT 180');
    expect(textOf(ask)).toContain('Er du sikker?');
    expect(textOf(ask)).toContain('180 timer er ti gange eller mere end det typiske (18 timer).');
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual(before);
    const yes = buttonOf(ask, 'measurement.unusual', { title: 'Ja, gem' });
    const [saved] = await f.press('anna', yes);
    expect(saved?.card?.template).toBe('measurement-stored');
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 180 });
    const [again] = await f.press('anna', yes);
    expect(again?.text).toBe('Det er allerede gemt – der skete ikke mere.');
    expect(await audit()).toHaveLength(1);
  });

  it('"Nej" stores nothing', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18]);
    const [ask] = await f.say('anna', 'måling VENT 180');
    await f.press('anna', buttonOf(ask, 'measurement.keep', { title: 'Nej' }));
    expect(await stored('vent', '2026-W48')).toBeNull();
    expect(await audit()).toHaveLength(0);
  });

  it('asks for a denominator ten times the typical one, and for a percentage over 100', async () => {
    await seedWeeks(f, 'op24', [
      [15, 20],
      [16, 21],
      [14, 19],
      [17, 22],
      [15, 20],
    ]);
    const [proportion] = await f.say('anna', 'måling OP24 18/220');
    expect(textOf(proportion)).toContain('Nævneren 220 er ti gange eller mere end den typiske (20).');
    const [percent] = await f.say('anna', 'måling patienttilfredshed 120%');
    expect(textOf(percent)).toContain('120 % er over 100 %.');
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toHaveLength(5);
  });

  it('asks for the form submission too, in English', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18]);
    const [form] = await f.press('emma', { verb: 'measurement.form', data: {} });
    const submit = buttonOf(form, 'measurement.submit');
    const [ask] = await f.press('emma', {
      ...submit,
      data: { ...submit.data, measureId: f.measures.vent.id, value: '200' },
    });
    expect(textOf(ask)).toContain('Are you sure?');
    expect(textOf(ask)).toContain('200 timer is ten times or more the typical value (18 timer).');
    await f.press('emma', buttonOf(ask, 'measurement.unusual', { title: 'Yes, save' }));
    expect(await stored('vent', '2026-W48')).toMatchObject({ value: 200 });
  });

  it('asks once, then the replace question, for an unusual value in a period that has one', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18, 19, 18]);
    const [ask] = await f.say('anna', 'måling VENT 190 uge 47');
    const [replace] = await f.press('anna', buttonOf(ask, 'measurement.unusual'));
    expect(textOf(replace)).toContain('VENT har allerede en værdi for uge 47');
    await f.press('anna', buttonOf(replace, 'measurement.replace'));
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 190 });
  });

  it('asks before a correction stores an unusual value', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18, 19, 18]);
    const [ask] = await f.say('anna', 'ret VENT uge 47 190');
    expect(textOf(ask)).toContain('Er du sikker?');
    expect(await stored('vent', '2026-W47')).toMatchObject({ value: 18 });
    const [text] = await f.press('anna', buttonOf(ask, 'measurement.unusual'));
    expect(text?.text).toBe('Rettet: VENT, uge 47 er nu 190 timer (før 18 timer).');
  });

  it('does not ask with fewer than five points, for an ordinary value, or for a low one', async () => {
    await seedWeeks(f, 'vent', [18, 17, 19, 18]);
    expect((await f.say('anna', 'måling VENT 180 uge 44'))[0]?.card?.template).toBe('measurement-stored');
    await seedWeeks(f, 'mobd', [20, 22, 19, 21, 20, 23]);
    expect((await f.say('anna', 'måling MOBD 0'))[0]?.card?.template).toBe('measurement-stored');
    expect((await f.say('anna', 'måling MOBD 190 uge 47'))[0]?.card?.template).toBe('measurement-stored');
  });

  it('keeps hard refusals hard', async () => {
    await seedWeeks(f, 'op24', [
      [15, 20],
      [16, 21],
      [14, 19],
      [17, 22],
      [15, 20],
    ]);
    const [reply] = await f.say('anna', 'måling OP24 250/220');
    expect(reply?.text).toBe('Tælleren (250) kan ikke være større end nævneren (220).');
  });
});
