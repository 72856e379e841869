import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';

describe('I chart', () => {
  it('screens large moving ranges before estimating sigma (hand-worked)', () => {
    // y = 10 12 11 13 12 30, mean 88/6 = 14.6667. Moving ranges 2 1 2 1 18, average 4.8;
    // 18 ≥ 3.267 × 4.8 = 15.68 is dropped → average 1.5, sigma = 1.5 / 1.128 = 1.32979;
    // limits 14.6667 ± 3.98936 → 10.6773 and 18.6560. 10 is below, 30 above.
    const { points, parts } = analyze({ chart: 'i', y: [10, 12, 11, 13, 12, 30] });
    expect(points[0]!.cl).toBeCloseTo(14.66667, 4);
    expect(points[0]!.lcl).toBeCloseTo(10.67731, 4);
    expect(points[0]!.ucl).toBeCloseTo(18.65603, 4);
    expect(points.map((p) => p.sigmaSignal)).toEqual([true, false, false, false, false, true]);
    expect(parts[0]!.sigmaSignal).toBe(2);
    // Runs: 5 below then 1 above; n = 6 → longest-run limit round(2.585) + 3 = 6, crossings limit 1.
    expect(parts[0]).toMatchObject({
      longestRun: 5,
      longestRunMax: 6,
      crossings: 1,
      crossingsMin: 1,
      runsSignal: false,
    });
  });

  it('does not bridge moving ranges over a missing value', () => {
    // MRs: |12-10| = 2, then NA twice around the gap, |12-13| = 1 → average 1.5.
    const { points } = analyze({ chart: 'i', y: [10, 12, null, 13, 12] });
    const sigma = 1.5 / 1.128;
    expect(points[0]!.ucl! - points[0]!.cl!).toBeCloseTo(3 * sigma, 10);
  });

  it('lets limits go below zero (qicharts2 y.neg = TRUE)', () => {
    const { points } = analyze({ chart: 'i', y: [0, 5, 0, 5, 0, 5] });
    expect(points[0]!.lcl!).toBeLessThan(0);
  });
});

describe('MR chart', () => {
  it('plots moving ranges with centre = mean MR and limits 0 and 3.267 × centre', () => {
    // y = 5 7 4 4 → MR: NA 2 3 0, centre 5/3, UCL 3.267 × 5/3 = 5.445.
    const { points, parts } = analyze({ chart: 'mr', y: [5, 7, 4, 4] });
    expect(points.map((p) => p.y)).toEqual([null, 2, 3, 0]);
    expect(points[1]!.cl).toBeCloseTo(5 / 3, 10);
    expect(points[1]!.ucl).toBeCloseTo(5.445, 10);
    expect(points[1]!.lcl).toBe(0);
    expect(parts[0]!.runsSignal).toBe(false);
  });

  it('never reports a runs signal, as qicharts2 ignores runs on MR charts', () => {
    const y = Array.from({ length: 30 }, (_, i) => (i < 15 ? i % 2 : i * 10));
    const { points, parts } = analyze({ chart: 'mr', y });
    expect(parts[0]!.longestRun).not.toBeNull();
    expect(parts[0]!.runsSignal).toBe(false);
    expect(points.some((p) => p.runsSignal)).toBe(false);
  });
});

describe('P chart', () => {
  it('uses the weighted proportion and limits that vary with the denominator, clipped at 0', () => {
    // 2/10, 5/20, 1/10 → centre 8/40 = 0.2; sigma_i = √(0.2·0.8/n_i): 0.126491 (n 10), 0.089443 (n 20).
    const { points } = analyze({ chart: 'p', y: [2, 5, 1], n: [10, 20, 10] });
    expect(points.map((p) => p.y)).toEqual([0.2, 0.25, 0.1]);
    expect(points[0]!.cl).toBe(0.2);
    expect(points[0]!.ucl).toBeCloseTo(0.579473, 5);
    expect(points[1]!.ucl).toBeCloseTo(0.468328, 5);
    expect(points.map((p) => p.lcl)).toEqual([0, 0, 0]);
  });

  it('clips the upper limit at 1', () => {
    const { points } = analyze({ chart: 'p', y: [9, 9, 9], n: [10, 10, 10] });
    expect(points[0]!.ucl).toBe(1);
    expect(points[0]!.lcl).toBeCloseTo(0.9 - 3 * Math.sqrt(0.009), 10);
  });

  it('treats a subgroup with a missing numerator or denominator as missing', () => {
    const { points } = analyze({ chart: 'p', y: [2, null, 4], n: [10, 10, null] });
    expect(points.map((p) => p.y)).toEqual([0.2, null, null]);
    expect(points[2]).toMatchObject({ cl: 0.2, lcl: null, ucl: null });
  });

  it('gives no point and no limits for a zero denominator', () => {
    const { points } = analyze({ chart: 'p', y: [0, 3, 5], n: [0, 10, 10] });
    expect(points[0]).toMatchObject({ y: null, lcl: null, ucl: null });
    expect(points[1]!.cl).toBe(0.4);
  });
});

describe('U chart', () => {
  it('uses Σ counts / Σ exposure and √(ū/nᵢ) limits with a lower bound of 0', () => {
    // 4/2, 9/3 → centre 13/5 = 2.6; n = 2: 2.6 ± 3·√1.3 = −0.8205 (→ 0) … 6.0205.
    const { points } = analyze({ chart: 'u', y: [4, 9], n: [2, 3] });
    expect(points.map((p) => p.y)).toEqual([2, 3]);
    expect(points[0]!.cl).toBeCloseTo(2.6, 12);
    expect(points[0]!.lcl).toBe(0);
    expect(points[0]!.ucl).toBeCloseTo(6.020526, 5);
    expect(points[1]!.ucl).toBeCloseTo(2.6 + 3 * Math.sqrt(2.6 / 3), 10);
  });
});

describe('C chart', () => {
  it('uses the mean count and √c̄ limits, flagging a count above the upper limit', () => {
    // 3 5 4 20 → centre 8, sigma √8 = 2.8284; UCL 16.485, LCL −0.485 → 0.
    const { points, parts } = analyze({ chart: 'c', y: [3, 5, 4, 20] });
    expect(points[0]!.cl).toBe(8);
    expect(points[0]!.ucl).toBeCloseTo(16.48528, 4);
    expect(points[0]!.lcl).toBe(0);
    expect(points[3]!.sigmaSignal).toBe(true);
    expect(parts[0]!.sigmaSignal).toBe(1);
  });
});

describe('Xbar and S charts', () => {
  const x = ['a', 'a', 'a', 'b', 'b', 'b'];
  const y = [1, 2, 3, 2, 4, 6];

  it('Xbar: weighted mean centre and centre ± A3 · mean SD for equal subgroup sizes', () => {
    // a: mean 2, SD 1; b: mean 4, SD 2 → centre 3, s̄ 1.5; c4(3) = 0.886227, A3(3) = 1.954410.
    const { points } = analyze({ chart: 'xbar', y, x });
    expect(points.map((p) => p.y)).toEqual([2, 4]);
    expect(points[0]!.cl).toBe(3);
    expect(points[0]!.ucl).toBeCloseTo(3 + 1.95441 * 1.5, 4);
    expect(points[0]!.lcl).toBeCloseTo(3 - 1.95441 * 1.5, 4);
  });

  it('S: centre = mean SD, limits B3·s̄ = 0 and B4·s̄ with B4(3) = 2.568170', () => {
    const { points } = analyze({ chart: 's', y, x });
    expect(points.map((p) => p.y)).toEqual([1, 2]);
    expect(points[0]!.cl).toBe(1.5);
    expect(points[0]!.lcl).toBe(0);
    expect(points[0]!.ucl).toBeCloseTo(2.56817 * 1.5, 4);
  });

  it('pools the SD when subgroup sizes vary', () => {
    // a: 1 2 3 (n 3, SD 1); b: 2 4 6 8 (n 4, mean 5, SD² 20/3) → centre 26/7,
    // pooled s = √((2·1 + 3·20/3) / 5) = √4.4; A3(4) = 3 / (0.921318 · 2) = 1.628103.
    const xv = ['a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const yv = [1, 2, 3, 2, 4, 6, 8];
    const xbar = analyze({ chart: 'xbar', y: yv, x: xv });
    expect(xbar.points[0]!.cl).toBeCloseTo(26 / 7, 12);
    expect(xbar.points[1]!.ucl).toBeCloseTo(26 / 7 + 1.628103 * Math.sqrt(4.4), 5);
    expect(xbar.points[0]!.ucl).toBeCloseTo(26 / 7 + 1.95441 * Math.sqrt(4.4), 4);
    const s = analyze({ chart: 's', y: yv, x: xv });
    expect(s.points[0]!.cl).toBeCloseTo(Math.sqrt(4.4), 12);
  });

  it('keeps subgroups in order of first appearance', () => {
    const { points } = analyze({ chart: 'xbar', y: [5, 1, 5, 1], x: [2, 1, 2, 1] });
    expect(points.map((p) => p.y)).toEqual([5, 1]);
  });
});
