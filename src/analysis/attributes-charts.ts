// Centre and limits for count data, following qicharts2 R/helper.functions.R (qic.p, qic.u, qic.c;
// Montgomery 7.17 and 7.19). Limits vary with the denominator and are clipped to possible values.
import { fillCentre, type ChartFn, type Frame } from './frame';
import { finiteOrNull, mean } from './stats';

/** P chart: y = numerator / denominator, centre = Σ numerators / Σ denominators, sigma = √(p̄(1−p̄)/nᵢ); limits in [0, 1]. */
export const pChart: ChartFn = (f) => {
  const cl = attributeCentre(f);
  for (let i = f.from; i < f.to; i++) {
    const sd = Math.sqrt((cl * (1 - cl)) / (f.sub[i]!.n ?? NaN));
    f.lcl[i] = clip(cl - 3 * sd, 0, 1);
    f.ucl[i] = clip(cl + 3 * sd, 0, 1);
  }
};

/** U chart: y = count / exposure, centre = Σ counts / Σ exposure, sigma = √(ū/nᵢ); lower limit ≥ 0. */
export const uChart: ChartFn = (f) => {
  const cl = attributeCentre(f);
  for (let i = f.from; i < f.to; i++) {
    const sd = Math.sqrt(cl / (f.sub[i]!.n ?? NaN));
    f.lcl[i] = clip(cl - 3 * sd, 0, Infinity);
    f.ucl[i] = finiteOrNull(cl + 3 * sd);
  }
};

/** C chart: y = count, centre = baseline mean count, sigma = √c̄; lower limit ≥ 0. */
export const cChart: ChartFn = (f) => {
  const base: (number | null)[] = [];
  for (let i = f.from; i < f.to; i++) {
    f.y[i] = f.sub[i]!.ySum;
    if (f.base[i]) base.push(f.y[i]!);
  }
  const cl = mean(base);
  fillCentre(f, cl);
  const sd = Math.sqrt(cl);
  for (let i = f.from; i < f.to; i++) {
    f.lcl[i] = clip(cl - 3 * sd, 0, Infinity);
    f.ucl[i] = finiteOrNull(cl + 3 * sd);
  }
};

/** Sets y = numerator / denominator per subgroup and returns Σ numerators / Σ denominators over the baseline. */
export function attributeCentre(f: Frame): number {
  let num = 0;
  let den = 0;
  for (let i = f.from; i < f.to; i++) {
    const g = f.sub[i]!;
    f.y[i] = g.ySum === null || g.n === null ? null : finiteOrNull(g.ySum / g.n);
    if (f.base[i] && g.ySum !== null && g.n !== null) {
      num += g.ySum;
      den += g.n;
    }
  }
  const cl = num / den;
  fillCentre(f, cl);
  return cl;
}

/** Clamps a finite limit into [lo, hi]; non-finite limits become null. */
export function clip(v: number, lo: number, hi: number): number | null {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : null;
}
