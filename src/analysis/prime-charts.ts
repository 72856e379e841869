// Laney's prime charts for large subgroups, following qicharts2 R/helper.functions.R (qic.pp, qic.up,
// qic.ip; Laney 2002, Quality Engineering 14(4)). With denominators in the thousands the binomial or
// Poisson sigma of p and u charts is tiny and between-period variation flags nearly every point; the
// prime charts multiply that sigma by the spread of the z-scores, estimated from their moving ranges.
import { attributeCentre, clip } from './attributes-charts';
import type { ChartFn, Frame } from './frame';
import { finiteOrNull, mean } from './stats';
import { D2, D4 } from './variables-charts';

/** Screening factor qicharts2 uses for the I′ chart's s values (D4 to four digits). */
const IP_SCREEN = 3.2665;

/** P′ chart: centre and per-point sigma of the P chart, sigma multiplied by σz; limits clipped to [0, 1]. */
export const ppChart: ChartFn = (f) => {
  const cl = attributeCentre(f);
  const sd = pointSigmas(f, cl * (1 - cl));
  const sz = sigmaZ(f, cl, sd);
  for (let i = f.from; i < f.to; i++) {
    const w = 3 * sd[i - f.from]! * sz;
    f.lcl[i] = clip(cl - w, 0, 1);
    f.ucl[i] = clip(cl + w, 0, 1);
  }
};

/** U′ chart: centre and per-point sigma of the U chart, sigma multiplied by σz; lower limit ≥ 0. */
export const upChart: ChartFn = (f) => {
  const cl = attributeCentre(f);
  const sd = pointSigmas(f, cl);
  const sz = sigmaZ(f, cl, sd);
  for (let i = f.from; i < f.to; i++) {
    const w = 3 * sd[i - f.from]! * sz;
    f.lcl[i] = clip(cl - w, 0, Infinity);
    f.ucl[i] = finiteOrNull(cl + w);
  }
};

/** √(variance / nᵢ) per position of the frame (NaN without a denominator). */
function pointSigmas(f: Frame, variance: number): Float64Array {
  const sd = new Float64Array(f.to - f.from);
  for (let i = f.from; i < f.to; i++) sd[i - f.from] = Math.sqrt(variance / (f.sub[i]!.n ?? NaN));
  return sd;
}

/**
 * σz = screened average moving range of the baseline z-scores zᵢ = (yᵢ − cl) / sdᵢ, divided by 1.128.
 * Moving ranges are taken between consecutive baseline points: a missing point breaks them, an excluded
 * one is bridged (as the I chart).
 */
function sigmaZ(f: Frame, cl: number, sd: Float64Array): number {
  const z: (number | null)[] = [];
  for (let i = f.from; i < f.to; i++) {
    if (!f.base[i]) continue;
    const y = f.y[i] ?? null;
    const v = y === null ? NaN : (y - cl) / sd[i - f.from]!;
    z.push(Number.isFinite(v) ? v : null);
  }
  return zSpread(z);
}

/** Screened average moving range of z-scores / 1.128; NaN with fewer than two consecutive scores. */
function zSpread(z: readonly (number | null)[]): number {
  let sum = 0;
  let count = 0;
  for (let k = 1; k < z.length; k++) {
    const a = z[k - 1]!,
      b = z[k]!;
    if (a !== null && b !== null) {
      sum += Math.abs(b - a);
      count++;
    }
  }
  const limit = (D4 * sum) / count;
  let kept = 0;
  let keptSum = 0;
  for (let k = 1; k < z.length; k++) {
    const a = z[k - 1]!,
      b = z[k]!;
    if (a === null || b === null) continue;
    const mr = Math.abs(b - a);
    if (mr < limit) {
      keptSum += mr;
      kept++;
    }
  }
  return keptSum / kept / D2;
}

/**
 * Laney's σz of a whole series for a p (proportion) or u (rate) chart: about 1 when the binomial or
 * Poisson sigma fits, well above 1 when there is more variation between periods than it allows.
 */
export function laneySigmaZ(kind: 'p' | 'u', y: readonly (number | null)[], n: readonly (number | null)[]): number {
  let num = 0;
  let den = 0;
  y.forEach((v, i) => {
    const d = n[i];
    if (v !== null && d !== null && d !== undefined && d > 0) {
      num += v;
      den += d;
    }
  });
  const cl = num / den;
  const z = y.map((v, i) => {
    const d = n[i];
    if (v === null || d === null || d === undefined || !(d > 0)) return null;
    const sd = kind === 'p' ? Math.sqrt((cl * (1 - cl)) / d) : Math.sqrt(cl / d);
    return finiteOrNull((v / d - cl) / sd);
  });
  return zSpread(z);
}

/**
 * I′ chart (qicharts2's development `qic.ip`) for rates or means with varying subgroup sizes:
 * centre = Σ yᵢnᵢ / Σ nᵢ over the baseline; sᵢ = √(π/2) · |yᵢ − yᵢ₋₁| / √(1/nᵢ₋₁ + 1/nᵢ) over all
 * consecutive points of the part, screened at 3.2665 × their mean; limits centre ± 3 · s̄ · √(1/nᵢ).
 * Without denominators nᵢ is the number of values in the subgroup.
 */
export const ipChart: ChartFn = (f) => {
  const size = (i: number) => f.sub[i]!.n ?? (f.sub[i]!.yLength || NaN);
  let num = 0;
  let den = 0;
  for (let i = f.from; i < f.to; i++) {
    const g = f.sub[i]!;
    const y = g.n === null ? g.yMean : g.ySum === null ? null : finiteOrNull(g.ySum / g.n);
    f.y[i] = y;
    if (!f.base[i]) continue;
    const n = size(i);
    if (y !== null && Number.isFinite(n)) num += y * n;
    if (Number.isFinite(n)) den += n;
  }
  const cl = num / den;
  for (let i = f.from; i < f.to; i++) f.cl[i] = finiteOrNull(cl);
  const s: number[] = [];
  for (let i = f.from + 1; i < f.to; i++) {
    const a = f.y[i - 1] ?? null,
      b = f.y[i] ?? null;
    const v =
      a === null || b === null
        ? NaN
        : (Math.sqrt(Math.PI / 2) * Math.abs(b - a)) / Math.sqrt(1 / size(i - 1) + 1 / size(i));
    if (Number.isFinite(v)) s.push(v);
  }
  const limit = IP_SCREEN * mean(s);
  const sBar = mean(s.filter((v) => v < limit));
  for (let i = f.from; i < f.to; i++) {
    const sd = sBar * Math.sqrt(1 / size(i));
    f.lcl[i] = finiteOrNull(cl - 3 * sd);
    f.ucl[i] = finiteOrNull(cl + 3 * sd);
  }
};
