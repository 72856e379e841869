import { describe, expect, it } from 'vitest';
import { actionWith, actionsOf, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';

/** Corrections through every channel: `ret`, `slet` + its confirm press, the same value again, an unusual value. */
export function correctionContract(env: () => ContractEnv): void {
  describe('corrections', () => {
    it('corrects a value with "ret", audited, and answers with the chart', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W47');
      const value = before!.value + 1;
      const replies = await driver.say(persons.clinician, `ret VENT uge 47 ${String(value).replace('.', ',')}`);
      expectWellFormed(replies);
      expect(textOf(replies)).toContain('Rettet: VENT, uge 47');
      actionWith(replies, 'chart.show');
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W47')).toMatchObject({
        value,
      });
      const audit = await store.audit.list({ entity: 'measurement', actorId: persons.clinician });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'update', oldValue: expect.objectContaining({ value: before!.value }) });
    });

    it('deletes with "slet" after the Slet press; a second press says it is already deleted', async () => {
      const { driver, persons, store, seed } = env();
      const ask = await driver.say(persons.clinician, 'slet OP24 uge 47');
      expectWellFormed(ask);
      expect(textOf(ask)).toContain(da('correction.deleteTitle', { measure: 'OP24', period: 'uge 47' }));
      actionWith(ask, 'measurement.deleteKeep');
      expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47')).not.toBeNull();
      const press = actionWith(ask, 'measurement.delete');
      const deleted = await driver.press(persons.clinician, press.data);
      expect(textOf(deleted)).toContain('Slettet: OP24, uge 47');
      expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47')).toBeNull();
      expect(textOf(await driver.press(persons.clinician, press.data))).toContain(da('correction.alreadyDeleted'));
      const audit = await store.audit.list({ entity: 'measurement', actorId: persons.clinician });
      expect(audit.map((e) => e.action)).toEqual(['delete']);
    });

    it('answers "already saved" for the same value, with no replace question and no write', async () => {
      const { driver, persons, store, seed } = env();
      const week47 = await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47');
      const replies = await driver.say(
        persons.clinician,
        `måling OP24 ${week47!.numerator}/${week47!.denominator} uge 47`,
      );
      expect(textOf(replies)).toContain('Allerede gemt: OP24, uge 47');
      expect(actionsOf(replies).map((a) => a.data.verb)).not.toContain('measurement.replace');
      expect(await store.audit.list({ entity: 'measurement', actorId: persons.clinician })).toHaveLength(0);
    });

    it('asks "Er du sikker?" before storing an implausible value, and stores it on "Ja, gem"', async () => {
      const { driver, persons, store, seed } = env();
      const ask = await driver.say(persons.clinician, 'måling VENT 900');
      expectWellFormed(ask);
      expect(textOf(ask)).toContain(da('measurement.unusualTitle'));
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toBeNull();
      const yes = actionWith(ask, 'measurement.unusual');
      await driver.press(persons.clinician, yes.data);
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toMatchObject({
        value: 900,
      });
      await driver.press(persons.clinician, yes.data);
      expect(await store.audit.list({ entity: 'measurement', actorId: persons.clinician })).toHaveLength(1);
    });

    it('undoes the last measurement with a typed "fortryd"', async () => {
      const { driver, persons, store, seed } = env();
      await driver.say(persons.clinician, 'måling VENT 30');
      const undone = await driver.say(persons.clinician, 'fortryd');
      expect(textOf(undone)).toContain(da('measurement.undoneDeleted', { measure: 'VENT', period: 'uge 48' }));
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toBeNull();
      expect(textOf(await driver.say(persons.clinician, 'fortryd'))).toContain(da('undo.nothing'));
    });
  });
}
