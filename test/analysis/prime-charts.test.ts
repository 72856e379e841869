import { describe, expect, it } from 'vitest';
import { analyze, laneySigmaZ } from '../../src/analysis';

describe('P′ chart (Laney)', () => {
  // 10/100, 30/100, 20/100, 40/100: p̄ = 0.25, sd = √(0.25 · 0.75 / 100) = 0.0433013;
  // z = −3.4641, 1.1547, −1.1547, 3.4641; moving ranges 4.6188, 2.3094, 4.6188 (none ≥ 3.267 × mean);
  // σz = 3.8490 / 1.128 = 3.41224; UCL = 0.25 + 3 · 0.0433013 · 3.41224 = 0.693262, LCL < 0 → 0.
  const y = [10, 30, 20, 40];
  const n = [100, 100, 100, 100];

  it('widens the P chart limits by σz (hand-worked)', () => {
    const { points, parts } = analyze({ chart: 'pp', y, n });
    expect(points[0]!.cl).toBe(0.25);
    expect(points[0]!.ucl).toBeCloseTo(0.693262, 5);
    expect(points[0]!.lcl).toBe(0);
    expect(parts[0]!.sigmaSignal).toBe(0);
    // The plain P chart (UCL 0.379904) flags 40 %.
    const p = analyze({ chart: 'p', y, n });
    expect(p.points[0]!.ucl).toBeCloseTo(0.379904, 5);
    expect(p.parts[0]!.sigmaSignal).toBe(2);
  });

  it('keeps national-database denominators from flagging every point', () => {
    // About 10 % of 10 000 patients a month, with more month-to-month variation than binomial.
    const yy = [1000, 1150, 900, 1100, 950, 1200, 880, 1050, 1000, 1130, 920, 1080];
    const nn = yy.map(() => 10_000);
    const p = analyze({ chart: 'p', y: yy, n: nn });
    const pp = analyze({ chart: 'pp', y: yy, n: nn });
    expect(p.parts[0]!.sigmaSignal).toBeGreaterThan(4);
    expect(pp.parts[0]!.sigmaSignal).toBe(0);
    const sz = laneySigmaZ('p', yy, nn);
    expect(sz).toBeGreaterThan(2);
    const half = (r: typeof p) => r.points[0]!.ucl! - r.points[0]!.cl!;
    expect(half(pp) / half(p)).toBeCloseTo(sz, 8);
  });

  it('gives a zero denominator no point and no limits and leaves it out of σz', () => {
    const { points } = analyze({ chart: 'pp', y: [0, ...y], n: [0, ...n] });
    expect(points[0]).toMatchObject({ y: null, lcl: null, ucl: null });
    expect(points[1]!.ucl).toBeCloseTo(0.693262, 5);
  });

  it('breaks moving ranges of z at a missing value', () => {
    // 10/100, NA, 20/100, 40/100: p̄ = 70/300; only the pair 20 %, 40 % gives a moving range.
    const { points } = analyze({ chart: 'pp', y: [10, null, 20, 40], n: [100, 100, 100, 100] });
    const cl = 70 / 300;
    const sd = Math.sqrt((cl * (1 - cl)) / 100);
    const sz = Math.abs(0.4 - 0.2) / sd / 1.128;
    expect(points[1]!.y).toBeNull();
    expect(points[0]!.ucl).toBeCloseTo(cl + 3 * sd * sz, 10);
  });

  it('bridges an excluded value and uses the frozen baseline for later points', () => {
    const all = analyze({
      chart: 'pp',
      y: [10, 90, 30, 20, 40, 80],
      n: [100, 100, 100, 100, 100, 100],
      exclude: [1],
      freeze: 5,
    });
    expect(all.points[5]!.cl).toBe(0.25);
    expect(all.points[5]!.ucl).toBeCloseTo(0.693262, 5);
    expect(all.points[1]!.sigmaSignal).toBe(true);
  });

  it('gives each part its own centre and σz', () => {
    const { points } = analyze({ chart: 'pp', y: [...y, 60, 70, 65, 75], n: [...n, ...n], part: [4] });
    expect(points[0]!.cl).toBe(0.25);
    expect(points[4]!.cl).toBe(0.675);
  });
});

describe('U′ chart (Laney)', () => {
  it('widens the U chart limits by σz with a lower limit of 0 (hand-worked)', () => {
    // 2 8 4 10 per 100: ū = 0.06, sd = √(0.06/100) = 0.0244949; σz = 1.930252;
    // UCL = 0.06 + 3 · 0.0244949 · 1.930252 = 0.201844; LCL = −0.0818 → 0. Plain U: UCL 0.133485.
    const { points } = analyze({ chart: 'up', y: [2, 8, 4, 10], n: [100, 100, 100, 100] });
    expect(points[0]!.cl).toBeCloseTo(0.06, 12);
    expect(points[0]!.ucl).toBeCloseTo(0.201844, 5);
    expect(points[0]!.lcl).toBe(0);
    expect(laneySigmaZ('u', [2, 8, 4, 10], [100, 100, 100, 100])).toBeCloseTo(1.930252, 5);
  });

  it('needs denominators', () => {
    expect(() => analyze({ chart: 'up', y: [1, 2] })).toThrow(/denominators/);
  });

  it('has no limits for a zero denominator', () => {
    const { points } = analyze({ chart: 'up', y: [0, 2, 8, 4, 10], n: [0, 100, 100, 100, 100] });
    expect(points[0]).toMatchObject({ y: null, ucl: null, lcl: null });
    expect(points[1]!.ucl).toBeCloseTo(0.201844, 5);
  });
});

describe('I′ chart (qicharts2 qic.ip)', () => {
  it('with one value per subgroup is the I chart up to √(π/2)/√2 = 0.8862 against 1/1.128 (hand-worked)', () => {
    // y = 2 4 3 5: centre 3.5; s = 0.886227 · (2, 1, 2), mean 1.477045; limits 3.5 ± 4.431135.
    const { points } = analyze({ chart: 'ip', y: [2, 4, 3, 5] });
    expect(points[0]!.cl).toBe(3.5);
    expect(points[0]!.ucl).toBeCloseTo(3.5 + 3 * (Math.sqrt(Math.PI) / 2) * (5 / 3), 10);
    const i = analyze({ chart: 'i', y: [2, 4, 3, 5] });
    expect(points[0]!.ucl).toBeCloseTo(i.points[0]!.ucl!, 2);
  });

  it('weights the centre by the denominators and scales limits by √(1/nᵢ) (hand-worked)', () => {
    // 2/10, 6/20, 3/10 → 0.2, 0.3, 0.3; centre 11/40 = 0.275; s₁ = 1.253314 · 0.1 / √0.15 = 0.323604,
    // s₂ = 0 → s̄ = 0.161802; UCL = 0.275 + 3 · 0.161802 · √(1/10) = 0.428499 and √(1/20) → 0.383540.
    const { points } = analyze({ chart: 'ip', y: [2, 6, 3], n: [10, 20, 10] });
    expect(points[0]!.cl).toBeCloseTo(0.275, 12);
    expect(points[0]!.ucl).toBeCloseTo(0.428499, 5);
    expect(points[1]!.ucl).toBeCloseTo(0.38354, 5);
  });
});
