import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../../src/conversation/action-plan/parse-date-input';
import { parseMeasurementText } from '../../../src/conversation/quick-text/parse-measurement-text';
import { parsePeriodText } from '../../../src/conversation/quick-text/parse-period';
import { DomainError } from '../../../src/domain';
import { createTranslator } from '../../../src/i18n/translator';

const TODAY = '2026-11-25'; // Wednesday, ISO week 48

/** Every shape a period is written in, with the key it names when today is 25 November 2026 (week 48). */
const SHAPES: Array<[text: string, key: string]> = [
  // weeks
  ['uge 47', '2026-W47'],
  ['Uge 47', '2026-W47'],
  ['uge 47 2026', '2026-W47'],
  ['uge 47/2026', '2026-W47'],
  ['uge 47-2026', '2026-W47'],
  ['uge 47 - 2026', '2026-W47'],
  ['uge 47, 2026', '2026-W47'],
  ['uge 47 2025', '2025-W47'],
  ["uge 47 '25", '2025-W47'],
  ['uge 47 25', '2025-W47'],
  ['uge 47/25', '2025-W47'],
  ['u47', '2026-W47'],
  ['u 47', '2026-W47'],
  ['u.47', '2026-W47'],
  ['u. 47', '2026-W47'],
  ['uge47', '2026-W47'],
  ['uge. 47', '2026-W47'],
  ['uge 7', '2026-W07'],
  ['uge 07', '2026-W07'],
  ['w47', '2026-W47'],
  ['W 47', '2026-W47'],
  ['wk 47', '2026-W47'],
  ['wk47', '2026-W47'],
  ['week 47', '2026-W47'],
  ['week 47 2026', '2026-W47'],
  ['47. uge', '2026-W47'],
  ['47. uge 2025', '2025-W47'],
  ['47/2026', '2026-W47'],
  ['47-2026', '2026-W47'],
  ['2026-W47', '2026-W47'],
  ['2026-w47', '2026-W47'],
  ['2026W47', '2026-W47'],
  ['2026 uge 47', '2026-W47'],
  ['2026-uge 47', '2026-W47'],
  ['2026 w47', '2026-W47'],
  ['uge 53 2026', '2026-W53'],
  ['uge 53 2020', '2020-W53'],
  // without a year: the most recent such week that is not in the future
  ['uge 48', '2026-W48'],
  ['uge 49', '2025-W49'],
  ['uge 1', '2026-W01'],
  ['denne uge', '2026-W48'],
  ['sidste uge', '2026-W47'],
  ['forrige uge', '2026-W47'],
  // months
  ['november 2026', '2026-11'],
  ['November 2026', '2026-11'],
  ['nov 2026', '2026-11'],
  ['nov. 2026', '2026-11'],
  ['nov. 26', '2026-11'],
  ["nov '26", '2026-11'],
  ['marts 2026', '2026-03'],
  ['maj 2026', '2026-05'],
  ['okt 2026', '2026-10'],
  ['sept. 2026', '2026-09'],
  ['october 2026', '2026-10'],
  ['november', '2026-11'],
  ['december', '2025-12'],
  ['11/2026', '2026-11'],
  ['11-2026', '2026-11'],
  ['1/2026', '2026-01'],
  ['2026-11', '2026-11'],
  ['denne måned', '2026-11'],
  ['sidste måned', '2026-10'],
  // days
  ['23/11/2026', '2026-11-23'],
  ['23-11-2026', '2026-11-23'],
  ['23.11.2026', '2026-11-23'],
  ['23.11.26', '2026-11-23'],
  ['23/11/26', '2026-11-23'],
  ['1-2-2026', '2026-02-01'],
  ['2026-11-23', '2026-11-23'],
  ['23/11', '2026-11-23'],
  ['23.11.', '2026-11-23'],
  ['24/12', '2025-12-24'],
  ['23. november 2026', '2026-11-23'],
  ['23. nov. 2026', '2026-11-23'],
  ['23. nov.', '2026-11-23'],
  ['23 nov 2026', '2026-11-23'],
  ['1. december', '2025-12-01'],
  ['29. februar 2024', '2024-02-29'],
  ['i dag', '2026-11-25'],
  ['i går', '2026-11-24'],
  ['igår', '2026-11-24'],
  ['yesterday', '2026-11-24'],
];

/** Shapes that look like a period but name none, and the refusal that says which part was not understood. */
const REFUSALS: Array<[text: string, code: string, params: Record<string, string>]> = [
  ['uge 54', 'INVALID_WEEK', { week: '54' }],
  ['uge 0', 'INVALID_WEEK', { week: '0' }],
  ['uge 470', 'INVALID_WEEK', { week: '470' }],
  ['54. uge', 'INVALID_WEEK', { week: '54' }],
  ['uge 53 2027', 'WEEK_NOT_IN_YEAR', { week: '53', year: '2027' }],
  ['uge 47 20266', 'INVALID_YEAR', { year: '20266' }],
  ['uge 47 202', 'INVALID_YEAR', { year: '202' }],
  ['nov 20266', 'INVALID_YEAR', { year: '20266' }],
  ['2026-13', 'INVALID_MONTH', { month: '13' }],
  // Year-week without a W is not read as a week: `2026-11` is a month.
  ['2026-47', 'INVALID_MONTH', { month: '47' }],
  ['31/02/2026', 'INVALID_DATE', { date: '31/02/2026' }],
  ['31-02-2026', 'INVALID_DATE', { date: '31-02-2026' }],
  ['29. februar 2026', 'INVALID_DATE', { date: '29. februar 2026' }],
  ['32.11.2026', 'INVALID_DATE', { date: '32.11.2026' }],
  ['23/11/202', 'INVALID_YEAR', { year: '202' }],
];

describe('period shapes', () => {
  it.each(SHAPES)('reads "%s" as %s', (text, key) => {
    expect(parsePeriodText(text, TODAY)).toBe(key);
  });

  it.each(REFUSALS)('refuses "%s" with %s', (text, code, params) => {
    let caught: unknown;
    try {
      parsePeriodText(text, TODAY);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code, params });
  });

  it.each(['næste tirsdag', 'uge', '18/22', '60/2026', 'nov nov'])('"%s" is no period', (text) => {
    expect(() => parsePeriodText(text, TODAY)).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });

  it('says in Danish, without English field names, which part was not understood', () => {
    const da = createTranslator('da');
    expect(da('error.INVALID_WEEK', { week: '54' })).toBe(
      'Jeg forstod ikke ugen "54" – en uge er 1–52 (eller 53 i år med 53 uger).',
    );
    expect(da('error.INVALID_YEAR', { year: '20266' })).toContain('Jeg forstod ikke året "20266"');
    expect(da('error.INVALID_DATE', { date: '31/02/2026' })).toContain('Datoen 31/02/2026 findes ikke');
    expect(da('error.WEEK_NOT_IN_YEAR', { week: '53', year: '2027' })).toContain('ingen uge 53 i 2027');
    expect(createTranslator('en')('error.INVALID_WEEK', { week: '54' })).toContain('the week "54"');
  });
});

describe('a period after a value', () => {
  const read = (args: string) => parseMeasurementText(args, TODAY);

  it.each([
    ['OP24 18/22 uge 47', '18/22', '2026-W47'],
    ['OP24 18/22 47/2026', '18/22', '2026-W47'],
    ['OP24 18/22 11/2026', '18/22', '2026-11'],
    ['OP24 18/22 23/11', '18/22', '2026-11-23'],
    ['OP24 18/22 23. nov. 2026', '18/22', '2026-11-23'],
    ['OP24 18/22 2026 uge 47', '18/22', '2026-W47'],
    ['OP24 18 / 22 uge 47/2026', '18/22', '2026-W47'],
    ['vent 42 nov', '42', '2026-11'],
    ['vent 42 uge 47, 2026', '42', '2026-W47'],
  ])('"%s" is the value %s in %s', (args, valueText, period) => {
    expect(read(args)).toMatchObject({ ok: true, value: { measureQuery: args.split(' ')[0], valueText, period } });
  });

  it.each([
    // A fraction alone at the end is the value, even when it could be a week, a month or a day.
    ['OP24 47/2026', '47/2026'],
    ['OP24 11/2026', '11/2026'],
    ['OP24 23/11', '23/11'],
  ])('"%s" keeps %s as the value', (args, valueText) => {
    expect(read(args)).toMatchObject({ ok: true, value: { measureQuery: 'OP24', valueText, period: null } });
  });

  it('names the part of a bad period', () => {
    expect(read('OP24 18/22 uge 54')).toMatchObject({
      ok: false,
      problem: 'badPeriod',
      text: 'uge 54',
      error: { code: 'INVALID_WEEK', params: { week: '54' } },
    });
    expect(read('OP24 18/22 31/02/2026')).toMatchObject({ error: { code: 'INVALID_DATE' } });
  });
});

describe('parseDateInput', () => {
  it.each([
    ['2026-03-24', '2026-03-24'],
    ['24-03-2026', '2026-03-24'],
    ['24.03.2026', '2026-03-24'],
    ['24/3/2026', '2026-03-24'],
    ['24/3/26', '2026-03-24'],
    ['24. marts 2026', '2026-03-24'],
  ])('reads "%s"', (text, date) => {
    expect(parseDateInput(text)).toBe(date);
  });

  it('reads a date without its year only when it knows today, and no weeks, months or impossible dates', () => {
    expect(parseDateInput('24/3')).toBeNull();
    expect(parseDateInput('24/3', TODAY)).toBe('2026-03-24');
    expect(parseDateInput('uge 47 2026')).toBeNull();
    expect(parseDateInput('nov 2026')).toBeNull();
    expect(parseDateInput('31-02-2026')).toBeNull();
    expect(parseDateInput('snart')).toBeNull();
  });
});
