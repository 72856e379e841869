import { describe, expect, it } from 'vitest';
import { implausibleValue, type Measure } from '../../src/domain';

const measure = (over: Partial<Measure>): Measure => ({ code: 'X', unitKind: 'count', unit: null, ...over }) as Measure;
const values = (value: number, numerator: number | null = null, denominator: number | null = null) => ({
  value,
  numerator,
  denominator,
});
const series = (...vs: number[]) => vs.map((v) => values(v));

describe('implausibleValue', () => {
  it('flags a value ten times the median of at least five points', () => {
    const history = series(18, 17, 19, 18, 20);
    expect(implausibleValue(measure({}), values(180), history)).toEqual({
      kind: 'tenTimesTypical',
      value: 180,
      typical: 18,
    });
    expect(implausibleValue(measure({}), values(179), history)).toBeNull();
    expect(implausibleValue(measure({}), values(180), history.slice(1))).toBeNull();
  });

  it('never flags a low value, nor anything against a zero median', () => {
    expect(implausibleValue(measure({}), values(0), series(18, 17, 19, 18, 20))).toBeNull();
    expect(implausibleValue(measure({}), values(5), series(0, 0, 0, 1, 0))).toBeNull();
  });

  it('flags a percentage over 100 for a value measure in %, with or without history', () => {
    expect(implausibleValue(measure({ unitKind: 'value', unit: '%' }), values(120), [])).toEqual({
      kind: 'percentOver100',
      value: 120,
    });
    expect(implausibleValue(measure({ unitKind: 'value', unit: '%' }), values(100), [])).toBeNull();
  });

  it("compares a proportion's denominator, not its share", () => {
    const history = [
      values(0.75, 15, 20),
      values(0.8, 16, 20),
      values(0.7, 14, 20),
      values(0.9, 18, 20),
      values(1, 20, 20),
    ];
    const p = measure({ unitKind: 'proportion' });
    expect(implausibleValue(p, values(18 / 220, 18, 220), history)).toEqual({
      kind: 'denominatorTenTimesTypical',
      value: 220,
      typical: 20,
    });
    expect(implausibleValue(p, values(0.05, 1, 20), history)).toBeNull();
  });
});
