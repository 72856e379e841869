import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(() => f.close());

describe('sponsor summary settings', () => {
  it('shows the default Monday 08:00, changes the day and time, pauses and resumes', async () => {
    expect((await f.say('sofie', 'opsummering'))[0]?.text).toMatch(/^Team Hvidovre: hver mandag kl\. 08:00\n/);
    expect((await f.say('sofie', 'opsummering tirsdag 09.30'))[0]?.text).toBe(
      'Du får nu ugeopsummeringen hver tirsdag kl. 09:30 for Team Hvidovre. ' +
        'Den næste kommer tirsdag 1. december 2026 kl. 09:30.',
    );
    expect(await f.store.subscriptions.listForPerson(f.people.sofie.id)).toEqual([
      { personId: f.people.sofie.id, teamId: f.hvidovre.id, weekday: 2, time: '09:30', paused: false },
    ]);
    expect((await f.say('sofie', 'opsummering pause'))[0]?.text).toBe(
      'Ugeopsummeringen er sat på pause for Team Hvidovre.',
    );
    expect((await f.store.subscriptions.listForPerson(f.people.sofie.id))[0]!.paused).toBe(true);
    expect((await f.say('sofie', 'opsummering genoptag'))[0]?.text).toBe(
      'Ugeopsummeringen er genoptaget for Team Hvidovre. Den næste kommer tirsdag 1. december 2026 kl. 09:30.',
    );
    expect((await f.press('sofie', { verb: 'summary.pause', data: { teamId: f.hvidovre.id } }))[0]?.text).toContain(
      'sat på pause',
    );
  });

  it('states the real next delivery when the asked time falls on a closed day or in quiet hours', async () => {
    // Wednesday 25 November 2026 11:00 in Copenhagen; Sunday 20:00 is a weekend evening.
    f.clock.set(new Date('2026-11-25T10:00:00Z'));
    expect((await f.say('sofie', 'opsummering søndag 20:00'))[0]?.text).toBe(
      'Du får nu ugeopsummeringen hver søndag kl. 20:00 for Team Hvidovre. ' +
        'Den næste kommer tirsdag 1. december 2026 kl. 07:30, fordi søndag kl. 20:00 ligger i stilletiden ' +
        'eller på en lukkedag (weekend, helligdag).',
    );
    // Thursday 24 December is a closed day (CLOSED_DAYS), Friday 25 a public holiday: the summary comes on the 28th.
    f.clock.set(new Date('2026-12-21T10:00:00Z'));
    await f.store.persons.update(f.people.sofie.id, { locale: 'en' }, { personId: null, at: f.clock.now() });
    expect((await f.say('sofie', 'summary thursday 08:00'))[0]?.text).toBe(
      'You now get the weekly summary every Thursday at 08:00 for Team Hvidovre. ' +
        'The next one arrives Monday 28 December 2026 at 08:00, because Thursday at 08:00 falls in quiet hours ' +
        'or on a closed day (weekend, holiday).',
    );
  });

  it('explains bad input and refuses people who sponsor nothing', async () => {
    expect((await f.say('sofie', 'opsummering fredag 25:00'))[0]?.text).toContain(
      'Skriv "opsummering vis" for at se opsummeringen nu, "opsummering pause"',
    );
    expect(await f.store.subscriptions.listForPerson(f.people.sofie.id)).toEqual([]);
    expect((await f.say('anna', 'opsummering'))[0]?.text).toBe(
      'Ugeopsummeringen er for sponsorer, og du er ikke sponsor for et team.',
    );
  });
});
