import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis';

describe('baseline, parts, exclusions and missing values', () => {
  it('computes the centre from the frozen baseline only', () => {
    // freeze 4 → median of 1 2 3 4 = 2.5 for all ten points; 8 points above in a row > 6 → signal.
    const { points, parts } = analyze({ chart: 'run', y: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], freeze: 4 });
    expect(points.map((p) => p.cl)).toEqual(Array(10).fill(2.5));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ nUseful: 10, longestRun: 8, longestRunMax: 6, runsSignal: true });
  });

  it('uses only the baseline subgroups for a p chart’s weighted centre', () => {
    // freeze 2 → centre (1 + 2) / (10 + 10) = 0.15; UCL = 0.15 + 3·√(0.15·0.85/10) = 0.48875; 9/10 is above.
    const { points, parts } = analyze({ chart: 'p', y: [1, 2, 9], n: [10, 10, 10], freeze: 2 });
    expect(points[2]!.cl).toBeCloseTo(0.15, 12);
    expect(points[2]!.ucl).toBeCloseTo(0.48875, 5);
    expect(points[2]!.sigmaSignal).toBe(true);
    expect(parts[0]!.sigmaSignal).toBe(1);
  });

  it('gives each part its own centre and runs analysis, numbering parts from 1', () => {
    const y = [1, 3, 2, 4, 3, 5, 10, 12, 11, 13, 12, 14];
    const { points, parts } = analyze({ chart: 'run', y, part: [6] });
    expect(points.map((p) => p.part)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(points[0]!.cl).toBe(3); // median of 1 3 2 4 3 5
    expect(points[6]!.cl).toBe(12); // median of 10 12 11 13 12 14
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.nObs)).toEqual([6, 6]);
  });

  it('ignores freeze when parts are given, as qicharts2 does', () => {
    const y = [1, 3, 2, 4, 3, 5, 10, 12, 11, 13, 12, 14];
    expect(analyze({ chart: 'run', y, part: [6], freeze: 2 })).toEqual(analyze({ chart: 'run', y, part: [6] }));
  });

  it('drops split points outside the series', () => {
    const { parts } = analyze({ chart: 'run', y: [1, 2, 3, 4], part: [0, 4, 9] });
    expect(parts).toHaveLength(1);
  });

  it('leaves excluded points out of centre and runs analysis but still plots and flags them', () => {
    // I chart of 10 12 11 13 12 30 with the 30 excluded: centre = 58 / 5 = 11.6; moving ranges of the
    // remaining points 2 1 2 1 → 1.5; sigma = 1.5 / 1.128; limits 11.6 ± 3.9894 = 7.6106 … 15.5894.
    const { points, parts } = analyze({ chart: 'i', y: [10, 12, 11, 13, 12, 30], exclude: [5] });
    expect(points[0]!.cl).toBeCloseTo(11.6, 10);
    expect(points[5]!.lcl).toBeCloseTo(7.61064, 4);
    expect(points[5]!.ucl).toBeCloseTo(15.58936, 4);
    expect(points[5]).toMatchObject({ y: 30, sigmaSignal: true });
    expect(parts[0]).toMatchObject({ nObs: 5, nUseful: 5, sigmaSignal: 1 });
  });

  it('keeps missing values as null points that count as observations but not as useful ones', () => {
    const { points, parts } = analyze({ chart: 'run', y: [1, null, 3, 5] });
    expect(points[1]).toEqual({ y: null, cl: 3, lcl: null, ucl: null, part: 1, runsSignal: false, sigmaSignal: false });
    expect(parts[0]).toMatchObject({ nObs: 4, nUseful: 2 });
  });

  it('returns no centre and no runs figures when every value is missing', () => {
    const { points, parts } = analyze({ chart: 'i', y: [null, null, null] });
    expect(points.every((p) => p.y === null && p.cl === null && p.lcl === null && p.ucl === null)).toBe(true);
    expect(parts).toEqual([
      {
        nObs: 3,
        nUseful: 0,
        longestRun: null,
        longestRunMax: null,
        crossings: null,
        crossingsMin: null,
        runsSignal: false,
        sigmaSignal: 0,
      },
    ]);
  });

  it('handles a single value: centre is the value, nothing is useful and I chart limits are undefined', () => {
    expect(analyze({ chart: 'run', y: [5] }).points[0]).toMatchObject({ y: 5, cl: 5 });
    const i = analyze({ chart: 'i', y: [5] });
    expect(i.points[0]).toMatchObject({ y: 5, cl: 5, lcl: null, ucl: null, sigmaSignal: false });
    expect(i.parts[0]).toMatchObject({ nObs: 1, nUseful: 0, runsSignal: false });
  });

  it('treats a constant series as having no useful points and (I chart) no limits', () => {
    // All moving ranges are 0, so screening (< 3.267 × 0) removes them all and sigma is undefined.
    const run = analyze({ chart: 'run', y: [4, 4, 4, 4, 4] });
    expect(run.parts[0]).toMatchObject({ nUseful: 0, runsSignal: false });
    const i = analyze({ chart: 'i', y: [4, 4, 4, 4, 4] });
    expect(i.points.every((p) => p.cl === 4 && p.lcl === null && p.ucl === null)).toBe(true);
  });

  it('returns empty results for an empty series', () => {
    expect(analyze({ chart: 'run', y: [] })).toEqual({ points: [], parts: [] });
  });

  it('rejects p and u charts without denominators and mismatched lengths', () => {
    expect(() => analyze({ chart: 'p', y: [1, 2] })).toThrow(/denominators/);
    expect(() => analyze({ chart: 'u', y: [1, 2], n: [3] })).toThrow(/same length/);
  });
});
