import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { fixtureScheduler } from './support/fixture-scheduler';
import { cardProblems } from './support/validate-card';

// Fixture time: Wednesday 25 November 2026, 11:00 in Copenhagen.
let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

const FORM = {
  title: 'Læringsseminar 3',
  date: '2026-12-17',
  time: '10:00',
  location: 'Hotel Nyborg Strand',
  onlineUrl: '',
  agenda: 'Erfaringsudveksling',
  offsets: '14, 2, 0',
};

async function createSeminar(inputs: Record<string, unknown> = {}) {
  const [form] = await f.say('tove', 'seminar ny');
  return f.press('tove', buttonOf(form, 'seminar.save', { inputs: { ...FORM, scope: f.hip.id, ...inputs } }));
}

describe('seminar flow', () => {
  it('lets a tovholder create a seminar with the card form for the collaborative or one region', async () => {
    const [form] = await f.say('tove', 'seminar ny');
    expect(form?.card?.template).toBe('seminar-form');
    expect(cardProblems(form!.card!)).toEqual([]);
    const scopes = (form!.card!.data.scopes as Array<{ title: string }>).map((s) => s.title);
    expect(scopes).toEqual([
      'Alle teams i LKT Hoftenære frakturer',
      'LKT Hoftenære frakturer – Region Hovedstaden',
      'LKT Hoftenære frakturer – Region Syddanmark',
    ]);
    const [reply] = await f.press(
      'tove',
      buttonOf(form, 'seminar.save', { inputs: { ...FORM, scope: `${f.hip.id}|syddanmark` } }),
    );
    expect(reply?.text).toBe(
      'Læringsseminaret "Læringsseminar 3" er gemt (torsdag 17. december 2026 kl. 10:00). Påmindelser sendes 14 dage før, 2 dage før, samme morgen til 1 team.',
    );
    const [seminar] = await f.store.seminars.listByCollaborative(f.hip.id);
    expect(seminar).toMatchObject({
      title: 'Læringsseminar 3',
      region: 'syddanmark',
      location: 'Hotel Nyborg Strand',
      reminderDaysBefore: [14, 2, 0],
      createdBy: f.people.tove.id,
    });
    expect(seminar!.startsAt.toISOString()).toBe('2026-12-17T09:00:00.000Z');
  });

  it('explains bad input, shows the form again with what was typed, and stores nothing', async () => {
    for (const [inputs, message] of [
      [{ date: '2026-11-01' }, 'Seminaret skal ligge i fremtiden.'],
      [{ date: '31-02-2026' }, 'Jeg forstod ikke datoen og tidspunktet'],
      [{ offsets: '14, to' }, 'Påmindelser skrives som antal dage før'],
      [{ location: '', onlineUrl: 'meet.example' }, 'Mødelinket skal være en webadresse'],
      [{ location: '' }, 'Angiv et sted eller et mødelink.'],
      [{ title: ' ' }, 'Giv seminaret en titel.'],
    ] as const) {
      const [problem, again] = await createSeminar(inputs);
      expect(problem?.text).toContain(message);
      expect(again?.card?.template).toBe('seminar-form');
      expect((again!.card!.data.values as Record<string, string>).agenda).toBe('Erfaringsudveksling');
    }
    expect(await f.store.seminars.listByCollaborative(f.hip.id)).toEqual([]);
  });

  it('refuses seminars from people who are not tovholder or admin, and other regions for a regional tovholder', async () => {
    expect((await f.say('anna', 'seminar ny'))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
    const [form] = await f.say('rikke', 'seminar ny');
    expect((form!.card!.data.scopes as unknown[]).length).toBe(1);
    const [refused] = await f.press('rikke', buttonOf(form, 'seminar.save', { inputs: { ...FORM, scope: f.hip.id } }));
    expect(refused?.text).toBe('Du er tovholder for en anden region end dette team.');
    expect(await f.store.seminars.listByCollaborative(f.hip.id)).toEqual([]);
  });

  it('takes RSVPs and shows the tally with who has not answered', async () => {
    await createSeminar();
    const [seminar] = await f.store.seminars.listByCollaborative(f.hip.id);
    const [list] = await f.say('anna', 'seminar');
    expect(cardProblems(list!.card!)).toEqual([]);
    expect((await f.press('anna', buttonOf(list, 'seminar.rsvp', { title: 'Deltager' })))[0]?.text).toBe(
      'Tak – du er noteret som deltager i "Læringsseminar 3".',
    );
    await f.press('lars', { verb: 'seminar.rsvp', data: { seminarId: seminar!.id, attending: false } });
    await f.press('anna', { verb: 'seminar.rsvp', data: { seminarId: seminar!.id, attending: true } });
    expect(await f.store.seminars.rsvps(seminar!.id)).toHaveLength(2);
    const [tally] = await f.say('tove', 'seminar svar');
    expect(tally?.card?.template).toBe('seminar-tally');
    expect(cardProblems(tally!.card!)).toEqual([]);
    expect(tally!.card!.data.facts).toEqual([
      { title: 'Deltager', value: '1' },
      { title: 'Deltager ikke', value: '1' },
      { title: 'Har ikke svaret', value: '3' },
    ]);
    expect(tally!.card!.data.attending).toEqual([{ text: 'Anna Sygeplejerske (Team Hvidovre)' }]);
    expect((tally!.card!.data.noAnswer as Array<{ text: string }>).map((x) => x.text.split(' ')[0])).toEqual([
      'Emma',
      'Mette',
      'Ole',
    ]);
    expect((await f.say('anna', 'seminar svar'))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
  });

  it('edits and cancels a seminar, withdrawing pending reminders and telling those already reminded', async () => {
    const { tick, platform } = fixtureScheduler(f);
    await f.say('anna', 'hjælp'); // anna has a chat with the bot, so she can be reminded
    await createSeminar({ date: '2026-12-07' }); // 2 days before is Friday 4 December
    await tick();
    const [seminar] = await f.store.seminars.listByCollaborative(f.hip.id);
    f.clock.set(DateTime.fromISO('2026-12-04T08:00', { zone: 'Europe/Copenhagen' }).toJSDate());
    await tick();
    const reminders = platform.deliveries.filter((d) => d.message.card?.template === 'seminar-reminder');
    // 14 days before had passed when the seminar was created: an invitation went out at once instead.
    expect(reminders.map((d) => d.message.text.split(':')[0])).toEqual(['Invitation', 'Om 3 dage']);
    const reminder = reminders[1]!;

    // RSVP straight from the reminder card's button.
    const rsvp = {
      verb: 'seminar.rsvp',
      data: (reminder.message.card!.data.buttons as Array<{ data: Record<string, unknown> }>)[0]!.data,
    };
    expect((await f.press('anna', rsvp))[0]?.text).toContain('deltager');
    expect((await f.store.seminars.rsvps(seminar!.id))[0]).toMatchObject({
      personId: f.people.anna.id,
      attending: true,
    });

    const [form] = await f.press('tove', { verb: 'seminar.form', data: { seminarId: seminar!.id } });
    expect(form!.card!.data.values as Record<string, string>).toMatchObject({
      date: '2026-12-07',
      time: '10:00',
      offsets: '14, 2, 0',
    });
    const [updated] = await f.press(
      'tove',
      buttonOf(form, 'seminar.save', { inputs: { location: 'Vejle Center Hotel' } }),
    );
    expect(updated?.text).toContain('de 1 modtagere');
    await tick();
    expect(platform.deliveries.at(-1)!.message.text).toContain('Ændret');
    expect(textOf({ card: { ...platform.deliveries.at(-1)!.message.card!, summary: '' } })).toContain(
      'Vejle Center Hotel',
    );

    const [ask] = await f.press('tove', { verb: 'seminar.cancel', data: { seminarId: seminar!.id } });
    const [done] = await f.press('tove', buttonOf(ask, 'seminar.cancelConfirm'));
    expect(done?.text).toMatch(/er aflyst\. \d+ ventende påmindelser er annulleret, og 1 modtagere får besked/);
    await tick();
    expect(platform.deliveries.at(-1)!.message.text).toContain('er aflyst');
    expect((await f.press('anna', rsvp))[0]?.text).toContain('er aflyst eller allerede begyndt');
    expect((await f.press('tove', buttonOf(ask, 'seminar.cancelConfirm')))[0]?.text).toBe(
      'Det er allerede gemt – der skete ikke mere.',
    );
  });
});
