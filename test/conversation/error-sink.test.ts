import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, type DomainErrorCode } from '../../src/domain';
import { errorReplies } from '../../src/conversation/error-sink';
import type { CardAction } from '../../src/conversation/turn';
import { createTranslator } from '../../src/i18n/translator';
import { buttonOf, conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

const da = createTranslator('da');
const en = createTranslator('en');
const silent = pino({ level: 'silent' });

/** What the sink answers for `err` raised while handling `action`. */
const refuse = (err: unknown, action?: CardAction) => errorReplies(err, da, 'da', silent, action);
const submit = (data: Record<string, unknown>): CardAction => ({
  verb: 'measurement.submit',
  data: { teamId: 't', measureId: 'm', nonce: 'n', ...data },
});

describe('error sink: which form input a refusal is about', () => {
  it.each<[DomainErrorCode, Record<string, string>, string]>([
    ['NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: '25', denominator: '22' }, 'numerator'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', { value: '25/22' }, 'value'],
    ['ZERO_DENOMINATOR', { numerator: '2', denominator: '0' }, 'denominator'],
    ['NEGATIVE_VALUE', { value: '-3' }, 'value'],
    ['PERIOD_OUTSIDE_COLLABORATIVE', { value: '3', period: '01-01-2020' }, 'period'],
    ['INVALID_PERIOD', { value: '3', period: 'snart' }, 'period'],
  ])('maps %s on the measurement form %j to %s', (code, typed, field) => {
    const [reply] = refuse(
      new DomainError(code, { numerator: 25, denominator: 22, period: '2020-W01' }),
      submit(typed),
    );
    expect(reply?.error).toEqual({ code, field });
  });

  it('keeps the catalogue text as it was', () => {
    const [reply] = refuse(
      new DomainError('NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }),
      submit({ numerator: '25', denominator: '22' }),
    );
    expect(reply?.text).toBe(da('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }));
  });

  it('takes params.field when it names a value the form sent', () => {
    const action = { verb: 'admin.createMeasure', data: { code: 'OP24', name: 'Operation' } };
    expect(refuse(new DomainError('DUPLICATE', { field: 'code', code: 'OP24' }), action)[0]?.error).toEqual({
      code: 'DUPLICATE',
      field: 'code',
    });
  });

  it('gives no field when it is not known', () => {
    // A mapped input the form did not send (the period was left empty; the current period was used).
    expect(
      refuse(new DomainError('PERIOD_OUTSIDE_COLLABORATIVE', { period: '2026-W48' }), submit({ value: '3' }))[0]?.error,
    ).toEqual({
      code: 'PERIOD_OUTSIDE_COLLABORATIVE',
    });
    // params.field holding a label, not an input id.
    expect(refuse(new DomainError('VALIDATION_FAILED', { field: 'Værdi' }), submit({ value: '3' }))[0]?.error).toEqual({
      code: 'VALIDATION_FAILED',
    });
    // A code about no input, a verb without a mapping, and a typed text (no form at all).
    expect(refuse(new DomainError('PERMISSION_DENIED', { reason: 'notInTeam' }), submit({ value: '3' }))[0]).toEqual({
      text: da('permission.notInTeam'),
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(
      refuse(new DomainError('NEGATIVE_VALUE', { value: -3 }), { verb: 'pdsa.create', data: { value: '-3' } })[0]
        ?.error,
    ).toEqual({ code: 'NEGATIVE_VALUE' });
    expect(refuse(new DomainError('INVALID_PERIOD', { period: 'snart' }))[0]?.error).toEqual({
      code: 'INVALID_PERIOD',
    });
  });

  it('names refused form inputs field by field with Danish labels, never their ids', () => {
    const due = { verb: 'pdsa.setDue', data: { cycleId: 'c', phase: 'do', due: 'x'.repeat(50) } };
    expect(refuse(new DomainError('VALIDATION_FAILED', { field: 'due', fields: 'due' }), due)[0]?.text).toBe(
      'Det kunne jeg ikke bruge: feltet "Frist" er ikke udfyldt rigtigt.',
    );
    const plan = { verb: 'actionplan.create', data: { title: 'x', stepBDue: 'y' } };
    expect(
      refuse(new DomainError('VALIDATION_FAILED', { field: 'title', fields: 'title,stepBDue' }), plan)[0]?.text,
    ).toBe('Det kunne jeg ikke bruge: felterne "Navn på handleplanen" og "Trin 2, senest" er ikke udfyldt rigtigt.');
    expect(refuse(new DomainError('VALIDATION_FAILED', { field: 'value' }), submit({ value: '' }))[0]?.text).toBe(
      'Det kunne jeg ikke bruge: feltet "Værdi" er ikke udfyldt rigtigt.',
    );
    expect(refuse(new DomainError('VALIDATION_FAILED', { field: 'token', fields: 'token' }))[0]?.text).toBe(
      da('error.VALIDATION_FAILED_FORM'),
    );
    expect(
      errorReplies(new DomainError('VALIDATION_FAILED', { fields: 'period,note' }), en, 'en', silent, submit({}))[0]
        ?.text,
    ).toBe('I could not use that: the fields "Period" and "Note" are not filled in correctly.');
  });

  it('names the part of a period it did not understand, as typed', () => {
    expect(refuse(new DomainError('INVALID_MONTH', { month: '13' }), submit({ period: '2026-13' }))[0]).toEqual({
      text: da('error.INVALID_MONTH', { month: '13' }),
      error: { code: 'INVALID_MONTH', field: 'period' },
    });
    expect(refuse(new DomainError('INVALID_PERIOD', { period: '2026-13' }))[0]?.text).toContain('"2026-13"');
  });

  it('marks nothing as a refusal when the turn failed unexpectedly', () => {
    const [reply] = refuse(new Error('disk full'), submit({ value: '3' }));
    expect(reply?.error).toBeUndefined();
    expect(reply?.text).toMatch(/^.+/);
  });
});

describe('error sink through the core', () => {
  let f: ConversationFixture;
  beforeEach(async () => {
    f = await conversationFixture();
  });
  afterEach(() => f.close());

  const formFor = async (who: 'anna' | 'emma', measure: 'op24' | 'vent') =>
    (await f.press(who, { verb: 'measurement.form', data: { measureId: f.measures[measure].id } }))[0];

  it('pins numerator > denominator on the numerator, in the user’s language, and stores nothing', async () => {
    const form = await formFor('emma', 'op24');
    const [reply] = await f.press(
      'emma',
      buttonOf(form, 'measurement.submit', { inputs: { numerator: '25', denominator: '22', period: '' } }),
    );
    expect(reply).toEqual({
      text: en('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }),
      error: { code: 'NUMERATOR_EXCEEDS_DENOMINATOR', field: 'numerator' },
    });
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual([]);
  });

  it('pins a CPR-like note on the note, and a CPR-like text on nothing', async () => {
    const form = await formFor('anna', 'vent');
    const [reply] = await f.press(
      'anna',
      buttonOf(form, 'measurement.submit', { inputs: { value: '3', note: 'pt 010190-1234' } }),
    );
    expect(reply).toEqual({
      text: da('error.CPR_NUMBER_REFUSED'),
      error: { code: 'CPR_NUMBER_REFUSED', field: 'note' },
    });
    const [said] = await f.say('anna', 'måling vent 3 pt 0101901234');
    expect(said).toEqual({ text: da('error.CPR_NUMBER_REFUSED'), error: { code: 'CPR_NUMBER_REFUSED' } });
  });
});

describe('form refusals through the core name the fields the person saw', () => {
  let f: ConversationFixture;
  beforeEach(async () => {
    f = await conversationFixture();
  });
  afterEach(() => f.close());

  it('the measurement form: a period too long to be one', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.vent.id } });
    const [reply] = await f.press(
      'anna',
      buttonOf(form, 'measurement.submit', { inputs: { value: '3', period: 'uge 47'.repeat(10) } }),
    );
    expect(reply?.text).toBe('Det kunne jeg ikke bruge: feltet "Periode" er ikke udfyldt rigtigt.');
    expect(reply?.error).toEqual({ code: 'VALIDATION_FAILED', field: 'period' });
  });

  it('the measurement form: a period in a Danish shape, and one it did not understand', async () => {
    const [form] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.vent.id } });
    await f.press('anna', buttonOf(form, 'measurement.submit', { inputs: { value: '31', period: 'uge 47/2026' } }));
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2026-W47')).toMatchObject({ value: 31 });
    const [form2] = await f.press('anna', { verb: 'measurement.form', data: { measureId: f.measures.vent.id } });
    const [bad] = await f.press(
      'anna',
      buttonOf(form2, 'measurement.submit', { inputs: { value: '3', period: 'uge 54' } }),
    );
    expect(bad?.text).toBe(da('error.INVALID_WEEK', { week: '54' }));
    expect(bad?.error).toEqual({ code: 'INVALID_WEEK', field: 'period' });
  });

  it('an action-plan step form: every field too long, by its label', async () => {
    const action = {
      verb: 'actionplan.saveStep',
      data: { stepId: 'x', stepComment: 'x'.repeat(5001), stepSponsorHelp: 'x'.repeat(5001) },
    };
    const [reply] = await f.press('lars', action);
    expect(reply?.text).toBe(
      'Det kunne jeg ikke bruge: felterne "Ny kommentar" og "Brug for hjælp fra sponsor" er ikke udfyldt rigtigt.',
    );
  });
});
