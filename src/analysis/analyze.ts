import { cChart, pChart, uChart } from './attributes-charts';
import type { ChartFn, Frame } from './frame';
import { partNumbers } from './parts';
import { ipChart, ppChart, upChart } from './prime-charts';
import { gChart, tChart } from './rare-event-charts';
import { runsStats } from './runs-analysis';
import { toSubgroups } from './subgroups';
import type { AnalysisPart, AnalysisPoint, AnalysisResult, AnalyzeInput, ChartType } from './types';
import { iChart, mrChart, runChart, sChart, xbarChart } from './variables-charts';

const charts: Record<ChartType, ChartFn> = {
  run: runChart,
  i: iChart,
  mr: mrChart,
  p: pChart,
  u: uChart,
  c: cChart,
  xbar: xbarChart,
  s: sChart,
  g: gChart,
  t: tChart,
  pp: ppChart,
  up: upChart,
  ip: ipChart,
};

/** Charts of numerator / denominator that cannot be drawn without denominators. */
const NEEDS_N: ReadonlySet<ChartType> = new Set(['p', 'u', 'pp', 'up']);

/**
 * Run chart or Shewhart chart analysis with the Anhøj rules, following qicharts2's `qic()`:
 * centre and limits per part from the baseline (freeze) minus excluded points, runs analysis per part
 * on the included points, and 3-sigma signals per point.
 */
export function analyze(input: AnalyzeInput): AnalysisResult {
  const chartFn = charts[input.chart];
  if (!chartFn) throw new Error(`analyze: unknown chart type ${String(input.chart)}`);
  if (NEEDS_N.has(input.chart) && !input.n) {
    throw new Error(`analyze: a ${input.chart} chart needs denominators (n)`);
  }
  const sub = toSubgroups(input.y, input.n, input.x);
  const count = sub.length;
  const partOf = partNumbers(input.part, count);
  // qicharts2 ignores freeze when parts are given.
  const freeze = input.part?.length ? Infinity : (input.freeze ?? Infinity);
  const excluded = new Set(input.exclude ?? []);
  const included: boolean[] = [];
  const base: boolean[] = [];
  for (let i = 0; i < count; i++) {
    included.push(!excluded.has(i));
    base.push(!excluded.has(i) && i + 1 <= freeze); // qicharts2: baseline = xx <= freeze, xx 1-based
  }
  const frame: Frame = {
    sub,
    from: 0,
    to: 0,
    base,
    y: new Array<number | null>(count).fill(null),
    cl: new Array<number | null>(count).fill(null),
    lcl: new Array<number | null>(count).fill(null),
    ucl: new Array<number | null>(count).fill(null),
  };
  const points: AnalysisPoint[] = [];
  const parts: AnalysisPart[] = [];
  for (let from = 0; from < count; ) {
    let to = from + 1;
    while (to < count && partOf[to] === partOf[from]) to++;
    frame.from = from;
    frame.to = to;
    chartFn(frame);
    const runs = runsStats({ y: frame.y, cl: frame.cl, from, to, included });
    // qicharts2 ignores the runs analysis of MR charts.
    const runsSignal = input.chart !== 'mr' && runs.runsSignal;
    let sigmaSignal = 0;
    for (let i = from; i < to; i++) {
      const y = frame.y[i] ?? null;
      const lcl = frame.lcl[i] ?? null;
      const ucl = frame.ucl[i] ?? null;
      const outside = y !== null && ((ucl !== null && y > ucl) || (lcl !== null && y < lcl));
      if (outside) sigmaSignal++;
      points.push({ y, cl: frame.cl[i] ?? null, lcl, ucl, part: partOf[i]!, runsSignal, sigmaSignal: outside });
    }
    parts.push({ ...runs, runsSignal, sigmaSignal });
    from = to;
  }
  return { points, parts };
}
