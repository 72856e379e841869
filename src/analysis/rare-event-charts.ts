// Charts for rare events, following qicharts2 R/helper.functions.R (qic.g, qic.t): instead of counting
// events per period, each value is the number of cases (g) or the time (t) between two events.
import { baseValues, fillCentre, type ChartFn } from './frame';
import { finiteOrNull, mean, median } from './stats';
import { individualsBase } from './variables-charts';

/** Exponent of the Nelson transformation that makes exponential times between events roughly normal. */
const T_POWER = 3.6;

/**
 * G chart (Montgomery p. 319; Provost & Murray 2011): y = cases between events; limits from the
 * geometric distribution around the baseline mean m, m ± 3·√(m(m+1)) with the lower limit at 0;
 * the centre line, and so the runs analysis, is the baseline median.
 */
export const gChart: ChartFn = (f) => {
  for (let i = f.from; i < f.to; i++) f.y[i] = f.sub[i]!.yMean;
  const base = baseValues(f, (i) => f.y[i]!);
  const m = mean(base);
  const sd = Math.sqrt(m * (m + 1));
  for (let i = f.from; i < f.to; i++) {
    f.ucl[i] = finiteOrNull(m + 3 * sd);
    f.lcl[i] = Number.isNaN(m) ? null : Math.max(0, m - 3 * sd);
  }
  fillCentre(f, median(base));
};

/**
 * T chart (Nelson 1994): y = time between events (> 0); an I chart of y^(1/3.6), with centre and limits
 * transformed back by ^3.6 and a lower limit below zero set to 0.
 */
export const tChart: ChartFn = (f) => {
  const t: (number | null)[] = new Array<number | null>(f.to).fill(null);
  for (let i = f.from; i < f.to; i++) {
    const y = f.sub[i]!.yMean;
    if (y !== null && y <= 0) throw new Error('analyze: time between events must be greater than zero (t chart)');
    f.y[i] = y;
    t[i] = y === null ? null : y ** (1 / T_POWER);
  }
  const { cl, sigma } = individualsBase(f, (i) => t[i]!);
  fillCentre(f, back(cl));
  const lcl = back(cl - 3 * sigma);
  for (let i = f.from; i < f.to; i++) {
    f.ucl[i] = finiteOrNull(back(cl + 3 * sigma));
    // R gives NaN for a negative base to a fractional power; qicharts2 then sets the limit to 0.
    f.lcl[i] = Number.isNaN(cl) || Number.isNaN(sigma) ? null : Number.isNaN(lcl) || lcl < 0 ? 0 : lcl;
  }
};

/** Back-transformation of the t chart; NaN for a negative value, as R. */
function back(v: number): number {
  return v ** T_POWER;
}
