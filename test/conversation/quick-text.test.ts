import { describe, expect, it } from 'vitest';
import { DomainError, type Measure } from '../../src/domain';
import { editDistance } from '../../src/conversation/quick-text/edit-distance';
import { matchMeasure } from '../../src/conversation/quick-text/match-measure';
import { parseMeasurementText } from '../../src/conversation/quick-text/parse-measurement-text';
import { matchPeriodSuffix, parsePeriodText, toMeasurePeriod } from '../../src/conversation/quick-text/parse-period';
import { parseValue } from '../../src/conversation/quick-text/parse-value';

const TODAY = '2026-11-25'; // Wednesday, ISO week 48

describe('parseMeasurementText', () => {
  const ok = (args: string) => {
    const r = parseMeasurementText(args, TODAY);
    if (!r.ok) throw new Error(`not parsed: ${args} (${r.problem})`);
    return r.value;
  };

  it.each([
    ['ventetid 42', 'ventetid', '42', null],
    ['OP24 18/22 uge 47', 'OP24', '18/22', '2026-W47'],
    ['op24 18/22 u47', 'op24', '18/22', '2026-W47'],
    ['smerte 3,5 i går', 'smerte', '3,5', '2026-11-24'],
    ['smerte 3.5 igår', 'smerte', '3.5', '2026-11-24'],
    ['tilf 82%', 'tilf', '82%', null],
    ['tilf 82 %', 'tilf', '82%', null],
    ['op24 18 / 22 2026-W47', 'op24', '18/22', '2026-W47'],
    ['op24 18/22 2026w47', 'op24', '18/22', '2026-W47'],
    ['op24 18/22 uge 47 2025', 'op24', '18/22', '2025-W47'],
    ['op24 18/22 week 47', 'op24', '18/22', '2026-W47'],
    ['op24 18/22 w47', 'op24', '18/22', '2026-W47'],
    ['nrs 3 23-11-2026', 'nrs', '3', '2026-11-23'],
    ['nrs 3 23.11.2026', 'nrs', '3', '2026-11-23'],
    ['nrs 3 2026-11-23', 'nrs', '3', '2026-11-23'],
    ['nrs 3 1-2-2026', 'nrs', '3', '2026-02-01'],
    ['nrs 3 i dag', 'nrs', '3', '2026-11-25'],
    ['nrs 3 today', 'nrs', '3', '2026-11-25'],
    ['nrs 3 yesterday', 'nrs', '3', '2026-11-24'],
    ['op24 18/22 sidste uge', 'op24', '18/22', '2026-W47'],
    ['op24 18/22 last week', 'op24', '18/22', '2026-W47'],
    ['op24 18/22 denne uge', 'op24', '18/22', '2026-W48'],
    ['maaned 7 2026-10', 'maaned', '7', '2026-10'],
    ['Smertescore efter operation 4', 'Smertescore efter operation', '4', null],
    ['smerte 24 timer 3', 'smerte 24 timer', '3', null],
    ['ventetid -5', 'ventetid', '-5', null],
  ])('reads "%s"', (args, measureQuery, valueText, period) => {
    const v = ok(args);
    expect(v).toMatchObject({ measureQuery, valueText, period });
  });

  it('takes a note after "notat:" and keeps it out of the period', () => {
    expect(ok('ventetid 42 uge 47 notat: ny vagtplan i uge 47')).toMatchObject({
      measureQuery: 'ventetid',
      valueText: '42',
      period: '2026-W47',
      note: 'ny vagtplan i uge 47',
    });
    expect(ok('ventetid 42 note: busy')).toMatchObject({ period: null, note: 'busy' });
  });

  it('infers the year of a week without one: the most recent week 47 that is not in the future', () => {
    expect(parseMeasurementText('op24 1/2 uge 47', '2027-01-06')).toMatchObject({
      ok: true,
      value: { period: '2026-W47' },
    });
    expect(parseMeasurementText('op24 1/2 uge 50', TODAY)).toMatchObject({ ok: true, value: { period: '2025-W50' } });
  });

  it.each([
    ['', 'empty'],
    ['ventetid', 'noValue'],
    ['ventetid i går', 'noValue'],
    ['42', 'noMeasure'],
    ['42 uge 47', 'noMeasure'],
  ])('says what is missing in "%s"', (args, problem) => {
    expect(parseMeasurementText(args, TODAY)).toMatchObject({ ok: false, problem });
  });

  it.each([
    ['ventetid 42 blabla', 'blabla'],
    ['nrs 3 31-02-2026', '31-02-2026'],
    ['op24 18/22 uge 54', 'uge 54'],
    ['op24 18/22 2026-13', '2026-13'],
  ])('flags an unreadable period in "%s"', (args, text) => {
    expect(parseMeasurementText(args, TODAY)).toMatchObject({ ok: false, problem: 'badPeriod', text });
  });
});

describe('parseValue', () => {
  it('reads numbers, fractions and percentages with comma or point', () => {
    expect(parseValue('42')).toEqual({ kind: 'single', value: 42 });
    expect(parseValue('3,5')).toEqual({ kind: 'single', value: 3.5 });
    expect(parseValue('-2.25')).toEqual({ kind: 'single', value: -2.25 });
    expect(parseValue('18/22')).toEqual({ kind: 'fraction', numerator: 18, denominator: 22 });
    expect(parseValue('82,5%')).toEqual({ kind: 'percent', value: 82.5 });
    expect(parseValue('abc')).toBeNull();
    expect(parseValue('1,2,3')).toBeNull();
  });
});

describe('periods', () => {
  it('parses a form field and refuses text that is no period', () => {
    expect(parsePeriodText('uge 47', TODAY)).toBe('2026-W47');
    expect(parsePeriodText('  ', TODAY)).toBeUndefined();
    expect(() => parsePeriodText('næste tirsdag', TODAY)).toThrow(DomainError);
  });

  it('converts a day to any period kind, a week only to weeks', () => {
    expect(toMeasurePeriod('2026-11-23', 'week', '23-11-2026')).toBe('2026-W48');
    expect(toMeasurePeriod('2026-11-23', 'month', '23-11-2026')).toBe('2026-11');
    expect(toMeasurePeriod('2026-W47', 'week', 'uge 47')).toBe('2026-W47');
    expect(() => toMeasurePeriod('2026-W47', 'day', 'uge 47')).toThrow(/PERIOD_NEEDS_DAY/);
    expect(() => toMeasurePeriod('2026-11', 'week', 'nov 2026')).toThrow(/PERIOD_NEEDS_WEEK/);
    expect(() => toMeasurePeriod('2026-W47', 'month', 'uge 47')).toThrow(/PERIOD_NEEDS_MONTH/);
  });

  it('matches the longest period phrase at the end', () => {
    expect(matchPeriodSuffix(['x', '1', 'uge', '47', '2026'], TODAY)).toEqual({ key: '2026-W47', consumed: 3 });
    expect(matchPeriodSuffix(['x', '1', 'i', 'går'], TODAY)).toEqual({ key: '2026-11-24', consumed: 2 });
    expect(matchPeriodSuffix(['x', '1'], TODAY)).toBeNull();
  });
});

describe('Damerau-Levenshtein distance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('op24', 'op24')).toBe(0);
    expect(editDistance('op42', 'op24')).toBe(1);
    expect(editDistance('ventetd', 'ventetid')).toBe(1);
    expect(editDistance('vnetetid', 'ventetid')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('matchMeasure', () => {
  const m = (code: string, name: string) => ({ id: code, code, name }) as Measure;
  const measures = [
    m('OP24', 'Operation inden for 24 timer'),
    m('VENT', 'Ventetid på operation'),
    m('MOB1', 'Mobilisering inden for 24 timer'),
    m('MOBD', 'Mobilitet ved udskrivelse'),
    m('NRS', 'Smertescore efter operation'),
  ];
  const codes = (r: ReturnType<typeof matchMeasure>) =>
    r.kind === 'one' ? [r.measure.code] : r.kind === 'none' ? [] : r.measures.map((x) => x.code);

  it('finds by code (any case), whole name, or unambiguous name prefix', () => {
    expect(matchMeasure('op24', measures)).toMatchObject({ kind: 'one', measure: { code: 'OP24' } });
    expect(matchMeasure('ventetid på operation', measures)).toMatchObject({ kind: 'one', measure: { code: 'VENT' } });
    expect(matchMeasure('ventetid', measures)).toMatchObject({ kind: 'one', measure: { code: 'VENT' } });
    expect(matchMeasure('SMERTE', measures)).toMatchObject({ kind: 'one', measure: { code: 'NRS' } });
  });

  it('asks when a prefix fits several measures', () => {
    const r = matchMeasure('mob', measures);
    expect(r.kind).toBe('ambiguous');
    expect(codes(r).sort()).toEqual(['MOB1', 'MOBD']);
  });

  it('suggests the closest measure for a typo, and nothing for gibberish', () => {
    expect(matchMeasure('op42', measures)).toMatchObject({ kind: 'suggest' });
    expect(codes(matchMeasure('op42', measures))).toEqual(['OP24']);
    expect(codes(matchMeasure('ventetd', measures))).toEqual(['VENT']);
    expect(codes(matchMeasure('smerrte', measures))).toEqual(['NRS']);
    expect(matchMeasure('xyzzy', measures)).toEqual({ kind: 'none' });
  });
});
