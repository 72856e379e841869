import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf, da, en, expectWellFormed, textOf, type ContractEnv } from './contract-env';

const DAY_MS = 24 * 3600 * 1000;

/** Help, onboarding (invite codes, join), language and permission refusals around them. */
export function onboardingContract(env: () => ContractEnv): void {
  describe('help', () => {
    it('answers hjælp with what a clinician can do, with buttons', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'hjælp');
      expectWellFormed(replies);
      expect(textOf(replies)).toContain(da('help.title'));
      actionWith(replies, 'measurement.form');
      actionWith(replies, 'pdsa.list');
    });

    it('answers unrecognised text briefly, with a Hjælp button that opens the help card', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'hvad med frokost');
      expectWellFormed(replies);
      expect(textOf(replies)).toContain(da('unknown.title'));
      expect(textOf(replies)).not.toContain(da('help.title'));
      expect(actionsOf(replies).map((a) => a.title)).toEqual([da('unknown.button.help')]);
      const help = await driver.press(persons.clinician, actionWith(replies, 'help.show').data);
      expect(textOf(help)).toContain(da('help.title'));
    });

    it('offers the closest command for a misspelt one, and runs it from the button', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'stauts');
      expect(textOf(replies)).toContain(da('unknown.didYouMean', { text: 'status' }));
      actionWith(replies, 'help.show');
      const status = await driver.press(
        persons.clinician,
        actionWith(replies, 'help.run', (d) => d.text === 'status').data,
      );
      expectWellFormed(status);
      expect(textOf(status)).toContain('OP24');
    });

    it('offers a sponsor reading, not data entry', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.sponsor, 'hjælp');
      expect(actionsOf(replies).map((a) => a.data.verb)).not.toContain('measurement.form');
      actionWith(replies, 'status.show');
    });

    it('switches to English and back on request', async () => {
      const { driver, persons } = env();
      await driver.say(persons.clinician, 'sprog en');
      expect(textOf(await driver.say(persons.clinician, 'help'))).toContain(en('help.title'));
      const back = await driver.say(persons.clinician, 'language da');
      expectWellFormed(back);
      expect(textOf(await driver.say(persons.clinician, 'hjælp'))).toContain(da('help.title'));
    });
  });

  describe('onboarding', () => {
    it('tells a person in no team how to join instead of an error', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.guest, 'hjælp');
      expect(textOf(replies)).toContain(da('join.title'));
      actionWith(replies, 'onboarding.join');
      const refused = await driver.say(persons.guest, 'måling OP24 18/22');
      expect(textOf(refused)).toContain(da('join.title'));
      actionWith(refused, 'onboarding.join');
    });

    it('lets a lead create an invite code that a newcomer joins with', async () => {
      const { driver, persons, store, seed } = env();
      const invite = await driver.say(persons.lead, 'invitér');
      const code = /join ([A-Z0-9-]+)/.exec(textOf(invite))?.[1];
      expect(code, textOf(invite)).toBeTruthy();
      const joined = await driver.say(persons.guest, `join ${code!.toLowerCase()}`);
      expect(textOf(joined)).toContain(
        da('onboarding.welcome', { team: 'Hoftefraktur-teamet Hvidovre', role: da('role.member') }),
      );
      const roles = await store.memberships.listForPerson(persons.guest);
      expect(roles).toMatchObject([{ role: 'member', teamId: seed.teams.hvidovre }]);
      actionWith(joined, 'measurement.form');
    });

    it('joins through the card form with the code as an input value', async () => {
      const { driver, persons, store, seed, clock } = env();
      const { code } = await store.invites.create(
        { teamId: seed.teams.odense, role: 'member', expiresAt: new Date(clock.now().getTime() + DAY_MS) },
        { personId: persons.tovholder, at: clock.now() },
      );
      const card = await driver.say(persons.guest, 'hjælp');
      const join = actionWith(card, 'onboarding.join');
      const joined = await driver.press(persons.guest, { ...join.data, code });
      expectWellFormed(joined);
      expect((await store.memberships.listForPerson(persons.guest)).map((m) => m.teamId)).toEqual([seed.teams.odense]);
    });

    it('refuses an unknown or expired code and changes nothing', async () => {
      const { driver, persons, store, seed, clock } = env();
      const { code } = await store.invites.create(
        { teamId: seed.teams.odense, role: 'member', expiresAt: new Date(clock.now().getTime() + DAY_MS) },
        { personId: persons.tovholder, at: clock.now() },
      );
      expect(textOf(await driver.say(persons.guest, 'join NOSUCH1'))).toContain(da('error.INVITE_INVALID'));
      clock.advance(2 * DAY_MS);
      expect(textOf(await driver.say(persons.guest, `join ${code}`))).toContain(da('error.INVITE_INVALID'));
      expect(await store.memberships.listForPerson(persons.guest)).toEqual([]);
    });

    it('refuses a member who tries to create an invite, saying why', async () => {
      const { driver, persons } = env();
      const replies = await driver.say(persons.clinician, 'invitér');
      expect(textOf(replies)).toContain(da('permission.leadOrCoordinatorOnly'));
    });
  });
}
