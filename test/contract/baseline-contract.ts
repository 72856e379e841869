import { describe, expect, it } from 'vitest';
import { actionWith, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';

/** A proposed new period, accepted with the card's "Accepter" button; a second press stores nothing more. */
export function baselineContract(env: () => ContractEnv): void {
  describe('baseline proposal', () => {
    it('starts the proposed period on "Accepter" and answers a second press with "allerede gemt"', async () => {
      const { driver, persons, seed, store, clock } = env();
      const teamId = seed.teams.hvidovre;
      const measureId = seed.measures.op24;
      await store.baselines.propose(teamId, measureId, '2026-W30', { personId: persons.tovholder, at: clock.now() });
      const press = { verb: 'baseline.accept', teamId, measureId, periodKey: '2026-W30' };
      const replies = await driver.press(persons.clinician, press);
      expectWellFormed(replies);
      expect(textOf(replies)).toContain(da('baseline.proposal.accepted', { since: 'uge 30 2026', measure: 'OP24' }));
      actionWith(replies, 'measurement.form');
      const again = await driver.press(persons.clinician, press);
      expect(textOf(again)).toContain(da('baseline.proposal.alreadySaved'));
      expect((await store.baselines.active(teamId, measureId)).map((e) => [e.kind, e.periodKey])).toEqual([
        ['part', '2026-W30'],
      ]);
    });
  });
}
