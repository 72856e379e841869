import { describe, expect, it } from 'vitest';
import { analyze, crossingsLimit, longestRunLimit } from '../../src/analysis';

/** Small seeded PRNG so property tests are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exact qbinom(0.05, m, 0.5) with BigInt: smallest k with 20 · Σ_{j≤k} C(m, j) ≥ 2^m. */
function exactQbinom05(m: number): number {
  const total = 1n << BigInt(m);
  let c = 1n;
  let cdf = 0n;
  for (let k = 0; k <= m; k++) {
    cdf += c;
    if (20n * cdf >= total) return k;
    c = (c * BigInt(m - k)) / BigInt(k + 1);
  }
  return m;
}

describe('Anhøj limits', () => {
  it('matches the published table of longest run and crossings limits', () => {
    // Critical values of the Anhøj rules for n useful points → [longest run max, crossings min].
    const table: Record<number, [number, number]> = {
      10: [6, 2],
      11: [6, 2],
      12: [7, 3],
      13: [7, 3],
      14: [7, 4],
      15: [7, 4],
      16: [7, 4],
      20: [7, 6],
      24: [8, 8],
      30: [8, 10],
      50: [9, 19],
      100: [10, 41],
    };
    for (const [n, [run, cross]] of Object.entries(table)) {
      expect([longestRunLimit(Number(n)), crossingsLimit(Number(n))]).toEqual([run, cross]);
    }
  });

  it('computes the crossings limit as the exact 5th percentile of Binomial(n - 1, 0.5) for n up to 400', () => {
    for (let n = 1; n <= 400; n++) expect(crossingsLimit(n)).toBe(exactQbinom05(Math.max(n - 1, 0)));
  });
});

describe('runs analysis of a run chart', () => {
  it('ignores points on the median and counts runs and crossings of the useful points', () => {
    // y = 1 2 2 2 3 → median 2; useful: 1 (below), 3 (above) → 2 runs, 1 crossing, longest 1.
    const { parts } = analyze({ chart: 'run', y: [1, 2, 2, 2, 3] });
    expect(parts).toEqual([
      {
        nObs: 5,
        nUseful: 2,
        longestRun: 1,
        longestRunMax: 4,
        crossings: 1,
        crossingsMin: 0,
        runsSignal: false,
        sigmaSignal: 0,
      },
    ]);
  });

  it('signals an unusually long run on a hand-worked 24-point series', () => {
    // 12 low values then 12 high: median = (5 + 20) / 2 = 12.5, no point on it, so n = 24;
    // runs: 12 below, 12 above → longest 12 > round(log2 24) + 3 = 8, crossings 1 < 8 → signal.
    const y = [...Array<number>(12).fill(5), ...Array<number>(12).fill(20)];
    const { points, parts } = analyze({ chart: 'run', y });
    expect(points[0]!.cl).toBe(12.5);
    expect(parts[0]).toMatchObject({
      nUseful: 24,
      longestRun: 12,
      longestRunMax: 8,
      crossings: 1,
      crossingsMin: 8,
      runsSignal: true,
    });
    expect(points.every((p) => p.runsSignal)).toBe(true);
  });

  it('signals too few crossings without a long run', () => {
    // 30 points in runs of 5 alternating sides: longest 5 ≤ 8, crossings 5 < qbinom(0.05, 29, 0.5) = 10.
    const y = Array.from({ length: 30 }, (_, i) => (Math.floor(i / 5) % 2 ? 10 : 1));
    const { parts } = analyze({ chart: 'run', y });
    expect(parts[0]).toMatchObject({
      nUseful: 30,
      longestRun: 5,
      longestRunMax: 8,
      crossings: 5,
      crossingsMin: 10,
      runsSignal: true,
    });
  });

  it('finds no signal in an alternating series', () => {
    const y = Array.from({ length: 20 }, (_, i) => (i % 2 ? 3 : 1));
    const { parts, points } = analyze({ chart: 'run', y });
    expect(parts[0]).toMatchObject({ longestRun: 1, crossings: 19, runsSignal: false });
    expect(points.some((p) => p.runsSignal)).toBe(false);
  });

  it('agrees with a brute-force recount on random series of 2 to 100 points with ties and gaps', () => {
    const rand = mulberry32(20240601);
    for (let len = 2; len <= 100; len++) {
      for (let rep = 0; rep < 5; rep++) {
        const y = Array.from({ length: len }, () => (rand() < 0.1 ? null : Math.floor(rand() * 6)));
        const present = y.filter((v): v is number => v !== null).sort((a, b) => a - b);
        const m = present.length
          ? present.length % 2
            ? present[(present.length - 1) / 2]!
            : (present[present.length / 2 - 1]! + present[present.length / 2]!) / 2
          : null;
        const signs = y
          .filter((v) => v !== null && v !== m)
          .map((v) => (v! > m! ? '+' : '-'))
          .join('');
        const runs = signs.match(/\++|-+/g) ?? [];
        const n = signs.length;
        const expected = n
          ? {
              nObs: len,
              nUseful: n,
              longestRun: Math.max(...runs.map((r) => r.length)),
              longestRunMax: Math.round(Math.log2(n)) + 3,
              crossings: runs.length - 1,
              crossingsMin: exactQbinom05(n - 1),
            }
          : { nObs: len, nUseful: 0, longestRun: null, longestRunMax: null, crossings: null, crossingsMin: null };
        const { parts } = analyze({ chart: 'run', y });
        expect(parts[0]).toMatchObject(expected);
        const signal =
          n > 0 && (expected.longestRun! > expected.longestRunMax! || expected.crossings! < expected.crossingsMin!);
        expect(parts[0]!.runsSignal).toBe(signal);
      }
    }
  });
});
