import { describe, expect, it } from 'vitest';
import { analyze, periodsBetweenEvents } from '../../src/analysis';

describe('G chart (cases between events)', () => {
  it('draws the baseline median as centre and geometric limits from the mean (hand-worked)', () => {
    // y = 10 30 5 20 15: mean 16, sd = √(16 · 17) = 16.4924; UCL = 16 + 3 · 16.4924 = 65.4773;
    // LCL = 16 − 49.48 < 0 → 0; centre line = median 15 (qicharts2 qic.g).
    const { points, parts } = analyze({ chart: 'g', y: [10, 30, 5, 20, 15] });
    expect(points[0]).toMatchObject({ cl: 15, lcl: 0 });
    expect(points[0]!.ucl).toBeCloseTo(65.47727, 4);
    expect(parts[0]).toMatchObject({ nObs: 5, nUseful: 4, sigmaSignal: 0 });
  });

  it('flags a long run of cases without an event above the limit, after a frozen baseline', () => {
    const { points, parts } = analyze({ chart: 'g', y: [10, 30, 5, 20, 15, 40, 100], freeze: 5 });
    expect(points[6]).toMatchObject({ cl: 15, lcl: 0, sigmaSignal: true });
    expect(points[6]!.ucl).toBeCloseTo(65.47727, 4);
    expect(parts[0]!.sigmaSignal).toBe(1);
  });

  it('leaves missing values out of the mean and the median', () => {
    // 10, 30, 5 → mean 15, median 10.
    const { points } = analyze({ chart: 'g', y: [10, null, 30, 5] });
    expect(points[1]).toMatchObject({ y: null, cl: 10 });
    expect(points[0]!.ucl).toBeCloseTo(15 + 3 * Math.sqrt(15 * 16), 10);
  });

  it('leaves excluded values out of centre and limits but plots them', () => {
    // Without 30: 10 5 20 15 → mean 12.5 (UCL 51.4711), median 12.5.
    const { points } = analyze({ chart: 'g', y: [10, 30, 5, 20, 15], exclude: [1] });
    expect(points[1]).toMatchObject({ y: 30, cl: 12.5 });
    expect(points[1]!.ucl).toBeCloseTo(51.47114, 4);
  });

  it('gives each part its own median and limits', () => {
    const { points } = analyze({ chart: 'g', y: [2, 4, 6, 40, 60, 80], part: [3] });
    expect(points.map((p) => p.cl)).toEqual([4, 4, 4, 60, 60, 60]);
    expect(points[0]!.ucl).toBeCloseTo(4 + 3 * Math.sqrt(20), 10);
    expect(points[3]!.ucl).toBeCloseTo(60 + 3 * Math.sqrt(60 * 61), 10);
  });

  it('handles a series of zeros (events on consecutive cases)', () => {
    const { points } = analyze({ chart: 'g', y: [0, 0, 0] });
    expect(points[0]).toMatchObject({ cl: 0, lcl: 0, ucl: 0 });
  });
});

describe('T chart (time between events)', () => {
  // Values whose 1/3.6 power is 1 2 3 4 5: transformed mean 3, moving ranges 1, sigma = 1 / 1.128.
  const y = [1, 2, 3, 4, 5].map((t) => t ** 3.6);

  it('is an I chart of y^(1/3.6) transformed back (hand-worked)', () => {
    const { points } = analyze({ chart: 't', y });
    const sigma = 1 / 1.128;
    expect(points[0]!.cl).toBeCloseTo(3 ** 3.6, 8); // 52.1959
    expect(points[0]!.ucl).toBeCloseTo((3 + 3 * sigma) ** 3.6, 6); // 512.887
    expect(points[0]!.lcl).toBeCloseTo((3 - 3 * sigma) ** 3.6, 10); // 0.02067
    expect(points.map((p) => p.y)).toEqual(y);
  });

  it('sets a lower limit that falls below zero on the transformed scale to 0', () => {
    // Transformed 1 5 1 5: mean 3, average MR 4, sigma 3.546 → 3 − 10.64 < 0.
    const { points } = analyze({ chart: 't', y: [1, 5 ** 3.6, 1, 5 ** 3.6] });
    expect(points[0]!.lcl).toBe(0);
  });

  it('refuses a time between events of zero or less, as qicharts2', () => {
    expect(() => analyze({ chart: 't', y: [3, 0, 4] })).toThrow(/greater than zero/);
  });

  it('skips missing values and breaks moving ranges at them; freeze keeps the baseline', () => {
    const withGap = analyze({ chart: 't', y: [y[0]!, y[1]!, null, y[2]!, y[3]!, y[4]!, 9000], freeze: 6 });
    // Transformed baseline 1 2 · 3 4 5: mean 3, moving ranges 1, NA, NA, 1, 1 → 1.
    expect(withGap.points[2]!.y).toBeNull();
    expect(withGap.points[6]!.cl).toBeCloseTo(3 ** 3.6, 8);
    expect(withGap.points[6]!.ucl).toBeCloseTo((3 + 3 / 1.128) ** 3.6, 6);
    expect(withGap.points[6]!.sigmaSignal).toBe(true);
  });
});

describe('periodsBetweenEvents', () => {
  it('counts empty periods before each event after the first; events in one period are 0 apart', () => {
    // Weeks: 1 0 0 2 0 null 0 1 → events at 0, 3, 3, 7; empty periods between: 2, 0, then 2 (the missing week is skipped).
    expect(periodsBetweenEvents([1, 0, 0, 2, 0, null, 0, 1])).toEqual([
      { index: 3, gap: 2 },
      { index: 3, gap: 0 },
      { index: 7, gap: 2 },
    ]);
  });
});
