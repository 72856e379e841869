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
      'Du får nu ugeopsummeringen hver tirsdag kl. 09:30 for Team Hvidovre.',
    );
    expect(await f.store.subscriptions.listForPerson(f.people.sofie.id)).toEqual([
      { personId: f.people.sofie.id, teamId: f.hvidovre.id, weekday: 2, time: '09:30', paused: false },
    ]);
    expect((await f.say('sofie', 'opsummering pause'))[0]?.text).toBe(
      'Ugeopsummeringen er sat på pause for Team Hvidovre.',
    );
    expect((await f.store.subscriptions.listForPerson(f.people.sofie.id))[0]!.paused).toBe(true);
    expect((await f.say('sofie', 'opsummering genoptag'))[0]?.text).toBe(
      'Ugeopsummeringen er genoptaget for Team Hvidovre.',
    );
    expect((await f.press('sofie', { verb: 'summary.pause', data: { teamId: f.hvidovre.id } }))[0]?.text).toContain(
      'sat på pause',
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
