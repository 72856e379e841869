// Centre and limits for charts of measured values, following qicharts2 R/helper.functions.R
// (qic.run, qic.i, qic.mr, qic.xbar, qic.s) and Montgomery's formulas cited there.
import { a3, b3, b4 } from './control-constants';
import { baseValues, fillCentre, type ChartFn, type Frame } from './frame';
import { finiteOrNull, mean, median } from './stats';

/** d2 for moving ranges of two (Montgomery 6.33) and the MR upper-limit factor D4. */
export const D2 = 1.128;
export const D4 = 3.267;

/** Run chart: centre = median of the baseline, no limits. */
export const runChart: ChartFn = (f) => {
  for (let i = f.from; i < f.to; i++) f.y[i] = f.sub[i]!.yMean;
  fillCentre(f, median(baseValues(f, (i) => f.y[i]!)));
};

/**
 * I chart: centre = baseline mean; sigma = average moving range / 1.128 where, as qicharts2 does by
 * default (option qic.screenedmr, Nelson 1982), moving ranges ≥ 3.267 × the average are dropped first.
 * Moving ranges are taken between consecutive baseline points, so excluded points are bridged.
 */
export const iChart: ChartFn = (f) => {
  for (let i = f.from; i < f.to; i++) f.y[i] = f.sub[i]!.yMean;
  const { cl, sigma } = individualsBase(f, (i) => f.y[i]!);
  for (let i = f.from; i < f.to; i++) {
    f.lcl[i] = finiteOrNull(cl - 3 * sigma);
    f.ucl[i] = finiteOrNull(cl + 3 * sigma);
  }
};

/**
 * Centre (baseline mean) and sigma (screened average moving range / 1.128) of the I chart, computed on
 * `value(i)`; writes the centre to the frame. The t chart uses it on transformed values.
 */
export function individualsBase(f: Frame, value: (i: number) => number | null): { cl: number; sigma: number } {
  const base = baseValues(f, value);
  const cl = mean(base);
  fillCentre(f, cl);
  const mr: (number | null)[] = [];
  for (let k = 1; k < base.length; k++) {
    const a = base[k - 1]!,
      b = base[k]!;
    mr.push(a === null || b === null ? null : Math.abs(b - a));
  }
  const limit = D4 * mean(mr);
  const screened = mr.filter((v) => v !== null && v < limit);
  return { cl, sigma: mean(screened) / D2 };
}

/** MR chart: y = |y[i] − y[i−1]| within the part (first is missing), centre = mean MR, limits 0 and 3.267 × centre. */
export const mrChart: ChartFn = (f) => {
  for (let i = f.from; i < f.to; i++) {
    const a = i > f.from ? f.sub[i - 1]!.yMean : null;
    const b = f.sub[i]!.yMean;
    f.y[i] = a === null || b === null ? null : Math.abs(b - a);
  }
  const cl = mean(baseValues(f, (i) => f.y[i]!));
  fillCentre(f, cl);
  for (let i = f.from; i < f.to; i++) {
    f.lcl[i] = 0;
    f.ucl[i] = finiteOrNull(D4 * cl);
  }
};

/** Xbar chart: centre = size-weighted mean (Montgomery 6.30); limits = centre ± A3(nᵢ) · s (6.29 / 6.31). */
export const xbarChart: ChartFn = (f) => {
  const { cl, s } = xbarBase(f);
  fillCentre(f, cl);
  for (let i = f.from; i < f.to; i++) {
    const g = f.sub[i]!;
    f.y[i] = g.yMean;
    f.lcl[i] = finiteOrNull(cl - a3(g.yLength) * s);
    f.ucl[i] = finiteOrNull(cl + a3(g.yLength) * s);
  }
};

/** S chart: y = subgroup SD, centre = mean SD (equal sizes) or pooled SD (varying); limits B3·cl and B4·cl. */
export const sChart: ChartFn = (f) => {
  const { s } = xbarBase(f);
  fillCentre(f, s);
  for (let i = f.from; i < f.to; i++) {
    const g = f.sub[i]!;
    f.y[i] = g.ySd;
    f.lcl[i] = finiteOrNull(b3(g.yLength) * s);
    f.ucl[i] = finiteOrNull(b4(g.yLength) * s);
  }
};

/** Weighted baseline mean and the SD estimate: mean of SDs for equal subgroup sizes, else the pooled SD. */
function xbarBase(f: Frame): { cl: number; s: number } {
  const sizes = new Set<number>();
  // NOTE: a subgroup without values counts as missing, not as size 0 (qicharts2 would count it).
  for (let i = f.from; i < f.to; i++) if (f.sub[i]!.yLength > 0) sizes.add(f.sub[i]!.yLength);
  let sumN = 0,
    sumNx = 0,
    sumDf = 0,
    sumSs = 0;
  const sds: (number | null)[] = [];
  for (let i = f.from; i < f.to; i++) {
    const g = f.sub[i]!;
    if (!f.base[i] || g.yMean === null) continue;
    sumN += g.yLength;
    sumNx += g.yLength * g.yMean;
    sumDf += g.yLength - 1;
    if (g.ySd !== null) sumSs += (g.yLength - 1) * g.ySd ** 2;
    sds.push(g.ySd);
  }
  const s = sizes.size > 1 ? Math.sqrt(sumSs / sumDf) : mean(sds);
  return { cl: sumNx / sumN, s };
}
