import { analyze, findSignals, summarize, type AnalysisResult, type ChartType } from '../analysis';
import { periodLabel, type Locale, type Measure, type Measurement } from '../domain';
import { toDisplay } from './format-measure-value';

/** A measure's series analysed for one chart type, with the plain-language summary cards show. */
export interface SeriesAnalysis {
  chart: ChartType;
  result: AnalysisResult;
  labels: string[];
  /** Centre line (median for run charts) of the latest part, in display units; null without data. */
  centre: number | null;
  /** The goal on the chart's scale (a P chart plots proportions 0–1); null without a goal. */
  goal: number | null;
  /** True when the latest part signals non-random variation (a long run, few crossings, or a point outside limits). */
  signal: boolean;
  summary: string;
}

/**
 * Analyses a chronological series in display units: the run, I and C charts on the shown values
 * (percentages, rates per multiplier), the P chart on numerators and denominators, the U chart on events
 * per exposure ÷ multiplier (so rates and limits come out per multiplier).
 */
export function analyseSeries(measure: Measure, series: Measurement[], locale: Locale, chart: ChartType = 'run'): SeriesAnalysis {
  const byCounts = chart === 'p' || chart === 'u';
  const result = analyze({
    chart,
    y: series.map((m) => (byCounts ? m.numerator : toDisplay(measure, m.value))),
    n: byCounts ? series.map((m) => (m.denominator === null ? null : chart === 'u' ? m.denominator / measure.multiplier : m.denominator)) : undefined,
  });
  const labels = series.map((m) => periodLabel(m.periodKey, locale));
  const latest = findSignals(result).at(-1);
  const signal = Boolean(latest && (latest.shifts.length || latest.fewCrossings || latest.outside.length));
  const cl = latest ? (result.points[latest.from]?.cl ?? null) : null;
  const percentScale = chart === 'p' ? 100 : 1;
  return {
    chart,
    result,
    labels,
    centre: cl === null ? null : cl * percentScale,
    goal: measure.goal === null ? null : measure.goal / percentScale,
    signal,
    summary: summarize(result, { locale, periodLabels: labels, chart }),
  };
}

/** Whether storing the point for `periodKey` turned a series without a signal into one with a signal. */
export function completesSignal(after: SeriesAnalysis, measure: Measure, series: Measurement[], periodKey: string, locale: Locale): boolean {
  if (!after.signal) return false;
  const before = series.filter((m) => m.periodKey !== periodKey);
  return before.length === 0 || !analyseSeries(measure, before, locale, after.chart).signal;
}
