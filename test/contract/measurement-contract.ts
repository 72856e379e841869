import { describe, expect, it } from 'vitest';
import { actionWith, da, expectWellFormed, textOf, type ContractEnv } from './contract-env';

const MINUTE_MS = 60_000;

/** Quick-text forms (all of issue 4's), with the week they land in; "now" is Thursday 26-11-2026 (week 48). */
const QUICK_FORMS: Array<[text: string, measure: 'op24' | 'vent', week: string, stored: Record<string, number>]> = [
  ['måling OP24 18/22', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['m op24 18/22 u48', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 uge 48', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 2026-W48', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 26-11-2026', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 26.11.2026', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 2026-11-26', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 i dag', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 i går', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  // Periods as people write them (issue 16): week with its year, a week number over its year, a Danish date.
  ['måling OP24 18/22 uge 48/2026', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 48/2026', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling OP24 18/22 26. nov. 2026', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['måling ventetid 42', 'vent', '2026-W48', { value: 42 }],
  ['måling VENT 16,5', 'vent', '2026-W48', { value: 16.5 }],
  ['m vent 16.5 i går', 'vent', '2026-W48', { value: 16.5 }],
  // "måling" typed without å
  ['maling OP24 18/22 u48', 'op24', '2026-W48', { numerator: 18, denominator: 22 }],
  ['maaling vent 42', 'vent', '2026-W48', { value: 42 }],
];

/** Logging measurements: quick text, undo, replace, ambiguity, typos, rejected values, CPR, permissions. */
export function measurementContract(env: () => ContractEnv): void {
  describe('quick-text measurement', () => {
    it.each(QUICK_FORMS)('stores "%s"', async (text, measure, week, stored) => {
      const { driver, persons, store, seed } = env();
      const replies = await driver.say(persons.clinician, text);
      expectWellFormed(replies);
      const row = await store.measurements.get(seed.measures[measure], seed.teams.hvidovre, week);
      expect(row, textOf(replies)).toMatchObject({ ...stored, recordedBy: persons.clinician });
      expect(textOf(replies)).toContain(da('measurement.fact.median'));
      actionWith(replies, 'measurement.undo');
    });

    it('says which part of a period it did not understand, in Danish, and stores nothing', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.listForTeam(seed.teams.hvidovre);
      const replies = await driver.say(persons.clinician, 'måling OP24 18/22 uge 54 2026');
      expectWellFormed(replies);
      expect(textOf(replies)).toContain(da('error.INVALID_WEEK', { week: '54' }));
      expect(await store.measurements.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });

    it('undoes with Fortryd within 10 minutes, once', async () => {
      const { driver, persons, store, seed, clock } = env();
      const replies = await driver.say(persons.clinician, 'måling OP24 18/22');
      const undo = actionWith(replies, 'measurement.undo');
      clock.advance(9 * MINUTE_MS);
      const undone = await driver.press(persons.clinician, undo.data);
      expect(textOf(undone)).toContain(da('measurement.undoneDeleted', { measure: 'OP24', period: 'uge 48' }));
      expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W48')).toBeNull();
      expect(textOf(await driver.press(persons.clinician, undo.data))).not.toContain('Fortrudt');
    });

    it('refuses Fortryd after 10 minutes and keeps the value', async () => {
      const { driver, persons, store, seed, clock } = env();
      const undo = actionWith(await driver.say(persons.clinician, 'måling VENT 12'), 'measurement.undo');
      clock.advance(11 * MINUTE_MS);
      expect(textOf(await driver.press(persons.clinician, undo.data))).toContain(
        da('measurement.undoExpired', { minutes: 10 }),
      );
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toMatchObject({
        value: 12,
      });
    });

    it('asks before replacing an existing value, then replaces it and undo restores the old one', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47');
      const ask = await driver.say(persons.clinician, 'måling OP24 17/20 uge 47');
      expect(textOf(ask)).toContain(da('measurement.replaceTitle', { measure: 'OP24', period: 'uge 47' }));
      expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47')).toEqual(before);
      const replaced = await driver.press(persons.clinician, actionWith(ask, 'measurement.replace').data);
      const after = await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47');
      expect(after).toMatchObject({ numerator: 17, denominator: 20 });
      await driver.press(persons.clinician, actionWith(replaced, 'measurement.undo').data);
      const restored = await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W47');
      expect(restored).toMatchObject({ numerator: before!.numerator, denominator: before!.denominator });
    });

    it('stores a double-pressed replace once', async () => {
      const { driver, persons, store, seed } = env();
      const ask = await driver.say(persons.clinician, 'måling VENT 30 uge 47');
      const replace = actionWith(ask, 'measurement.replace');
      await driver.press(persons.clinician, replace.data);
      await driver.press(persons.clinician, replace.data);
      const audit = await store.audit.list({ entity: 'measurement', actorId: persons.clinician });
      expect(audit).toHaveLength(1);
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W47')).toMatchObject({
        value: 30,
      });
    });
  });

  describe('finding the measure', () => {
    it('asks with buttons when two measures match, and stores the chosen one', async () => {
      const { driver, persons, store, seed, clock } = env();
      await store.measures.create(
        {
          collaborativeId: seed.collaborativeId,
          teamId: seed.teams.hvidovre,
          code: 'VENTAKUT',
          name: 'Ventetid i akutmodtagelsen',
          type: 'process',
          unitKind: 'value',
          unit: 'min',
          direction: 'lower',
          scope: 'team',
        },
        { personId: persons.lead, at: clock.now() },
      );
      const ask = await driver.say(persons.clinician, 'måling ventetid 42');
      expect(textOf(ask)).toContain(da('measurement.ambiguousTitle'));
      const choice = actionWith(ask, 'measurement.choose', (d) => d.measureId === seed.measures.vent);
      actionWith(ask, 'measurement.choose', (d) => d.measureId !== seed.measures.vent);
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toBeNull();
      await driver.press(persons.clinician, choice.data);
      expect(await store.measurements.get(seed.measures.vent, seed.teams.hvidovre, '2026-W48')).toMatchObject({
        value: 42,
      });
    });

    it('suggests the closest measure for a typo', async () => {
      const { driver, persons, store, seed } = env();
      const ask = await driver.say(persons.clinician, 'måling OPP24 18/22');
      expect(textOf(ask)).toContain(da('measurement.suggestTitle'));
      const op24 = actionWith(ask, 'measurement.choose', (d) => d.measureId === seed.measures.op24);
      await driver.press(persons.clinician, op24.data);
      expect(await store.measurements.get(seed.measures.op24, seed.teams.hvidovre, '2026-W48')).toMatchObject({
        numerator: 18,
      });
    });
  });

  describe('refused input changes nothing', () => {
    const refusals: Array<[text: string, message: string]> = [
      ['måling OP24 25/22', da('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 })],
      ['måling OP24 18/0', da('error.ZERO_DENOMINATOR')],
      ['måling VENT 18/22', da('error.DENOMINATOR_NOT_ALLOWED', { measure: 'VENT' })],
      ['måling OP24 18', da('error.DENOMINATOR_REQUIRED', { measure: 'OP24' })],
      ['måling OP24 18/22 uge 50 2026', da('error.PERIOD_NOT_STARTED', { period: 'uge 50 2026' })],
      ['måling OP24 82%', da('error.PERCENT_NOT_ALLOWED', { measure: 'OP24' })],
      ['måling VENT 42%', da('error.PERCENT_NOT_FOR_UNIT', { measure: 'VENT' })],
    ];
    it.each(refusals)('refuses "%s" with a clear message', async (text, message) => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.listForTeam(seed.teams.hvidovre);
      const replies = await driver.say(persons.clinician, text);
      expect(textOf(replies)).toContain(message);
      expect(await store.measurements.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });

    it('refuses text with a CPR number, never echoing it', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.listForTeam(seed.teams.hvidovre);
      const replies = await driver.say(persons.clinician, 'måling OP24 18/22 notat: 010190-1234 ventede længe');
      expect(textOf(replies)).toContain(da('error.CPR_NUMBER_REFUSED'));
      expect(textOf(replies)).not.toMatch(/010190|1234/);
      const form = await driver.press(persons.clinician, { verb: 'measurement.form' });
      const submit = actionWith(form, 'measurement.submit');
      const viaCard = await driver.press(persons.clinician, {
        ...submit.data,
        measureId: seed.measures.vent,
        value: '12',
        note: 'Patient 0101901234',
      });
      expect(textOf(viaCard)).toContain(da('error.CPR_NUMBER_REFUSED'));
      expect(await store.measurements.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });

    it('refuses a sponsor, an expert and a tovholder who try to log data, saying why', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.listForTeam(seed.teams.hvidovre);
      expect(textOf(await driver.say(persons.sponsor, 'måling OP24 18/22'))).toContain(
        da('permission.sponsorReadOnly'),
      );
      expect(textOf(await driver.say(persons.expert, 'måling OP24 18/22'))).toContain(da('permission.expertReadOnly'));
      expect(textOf(await driver.say(persons.tovholder, 'måling OP24 18/22'))).toContain(
        da('permission.coordinatorNoData'),
      );
      expect(await store.measurements.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });

    it('refuses logging for another team through a forged card action', async () => {
      const { driver, persons, store, seed } = env();
      const before = await store.measurements.listForTeam(seed.teams.hvidovre);
      const replies = await driver.press(persons.otherClinician, {
        verb: 'measurement.submit',
        teamId: seed.teams.hvidovre,
        measureId: seed.measures.vent,
        value: '10',
      });
      expect(textOf(replies)).toContain(da('permission.otherTeam'));
      expect(await store.measurements.listForTeam(seed.teams.hvidovre)).toEqual(before);
    });
  });
}
