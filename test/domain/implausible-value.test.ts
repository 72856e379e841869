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

describe('the typical value', () => {
  it('is the median of the series, odd or even, with ties, in any order', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const n = 5 + Math.floor(rand() * 40);
      const levels = 1 + Math.floor(rand() * 8);
      const vs = Array.from({ length: n }, () => 1 + Math.floor(rand() * levels) * 3);
      const sorted = [...vs].sort((a, b) => a - b);
      const mid = n >> 1;
      const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      // Just at ten times the median the value is flagged, with the median as the typical value; just below, not.
      expect(implausibleValue(measure({}), values(10 * median), series(...vs))).toEqual({
        kind: 'tenTimesTypical',
        value: 10 * median,
        typical: median,
      });
      expect(implausibleValue(measure({}), values(10 * median - 0.01), series(...vs))).toBeNull();
    }
  });
});
