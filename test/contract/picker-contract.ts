import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';

/** Pickers: options named by what differs, buttons up to three, a drop-down (ChoiceSet / static_select) beyond. */
export function pickerContract(env: () => ContractEnv): void {
  describe('pickers', () => {
    it('names the teams by what differs, as buttons, and answers for the chosen one', async () => {
      const { driver, persons } = env();
      const ask = await driver.say(persons.tovholder, 'status');
      expectWellFormed(ask);
      expect(textOf(ask)).toContain(da('team.pickTitle'));
      expect(actionsOf(ask).map((a) => a.title)).toEqual(['Hvidovre', 'Odense', 'Aarhus']); // Danish order: Aa = Å
      const status = await driver.press(
        persons.tovholder,
        actionWith(ask, 'team.pick', (d) => d.teamId === env().seed.teams.odense).data,
      );
      expect(textOf(status)).toContain('Hoftefraktur-teamet Odense');
    });

    it('offers a drop-down beyond three teams, and the chosen team answers', async () => {
      const { driver, persons, store, seed, clock } = env();
      const hvidovre = await store.teams.get(seed.teams.hvidovre);
      await store.teams.create(
        {
          collaborativeId: hvidovre!.collaborativeId,
          name: 'Hoftefraktur-teamet Køge',
          department: 'Ortopædkirurgi',
          region: 'sjaelland',
        },
        { personId: null, at: clock.now() },
      );
      const ask = await driver.say(persons.tovholder, 'status');
      expect(ask.flatMap((r) => r.inputs ?? [])).toEqual(['teamId']);
      expect(actionsOf(ask).filter((a) => a.data.verb === 'team.pick')).toHaveLength(1);
      const submit = actionWith(ask, 'team.pick');
      const status = await driver.press(persons.tovholder, { ...submit.data, teamId: seed.teams.odense });
      expect(textOf(status)).toContain('Hoftefraktur-teamet Odense');
    });
  });
}
