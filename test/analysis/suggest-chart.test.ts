import { describe, expect, it } from 'vitest';
import { suggestChart } from '../../src/analysis';

describe('suggestChart', () => {
  it('proposes a g chart for counts that are mostly zero (rare events)', () => {
    const y = [0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1, 0];
    expect(suggestChart({ unitKind: 'count' }, { y })).toBe('g');
    expect(suggestChart({ unitKind: 'count' }, { y: [3, 4, 2, 5, 0, 3, 4, 6, 2, 3] })).toBe('c');
  });

  it('keeps the c chart while there are too few periods or events to tell', () => {
    expect(suggestChart({ unitKind: 'count' }, { y: [0, 0, 1, 0] })).toBe('c');
    expect(suggestChart({ unitKind: 'count' }, { y: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0] })).toBe('c');
  });

  it('proposes P′ and U′ for very large denominators with overdispersion', () => {
    const y = [1000, 1150, 900, 1100, 950, 1200, 880, 1050, 1000, 1130, 920, 1080];
    const n = y.map(() => 10_000);
    expect(suggestChart({ unitKind: 'proportion' }, { y, n })).toBe('pp');
    expect(suggestChart({ unitKind: 'rate' }, { y, n })).toBe('up');
  });

  it('keeps P and U for small denominators or binomial-sized variation', () => {
    const small = [10, 15, 9, 11, 9, 12, 8, 10, 10, 13, 9, 11];
    expect(suggestChart({ unitKind: 'proportion' }, { y: small, n: small.map(() => 100) })).toBe('p');
    // 10 000 per period, varying by about one binomial SD (30).
    const tight = [1000, 1030, 985, 1010, 970, 1020, 995, 1040, 990, 1005, 975, 1015];
    expect(suggestChart({ unitKind: 'proportion' }, { y: tight, n: tight.map(() => 10_000) })).toBe('p');
  });
});

describe('suggestChart with a chart set on the measure', () => {
  it("returns the measure's chart unless it is auto", () => {
    expect(suggestChart({ unitKind: 'value', chart: 't' }, { y: [1, 2, 3] })).toBe('t');
    expect(suggestChart({ unitKind: 'count', chart: 'auto' })).toBe('c');
  });
});
