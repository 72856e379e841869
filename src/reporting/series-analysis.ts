import {
  analyze,
  findSignals,
  interpret,
  plotsProportion,
  summarize,
  type AnalysisResult,
  type Assurance,
  type ChartType,
  type Tone,
  type Variation,
} from '../analysis';
import { periodLabel, type Locale, type Measure, type Measurement } from '../domain';
import { seriesInput } from './measure-chart';

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
  /** What the latest signal means in the measure's direction; null without a signal. */
  tone: Tone | null;
  /** NHS Making Data Count variation icon of the latest part. */
  variation: Variation;
  /** NHS Making Data Count assurance icon (limits against the goal); null for run charts or without a goal. */
  assurance: Assurance | null;
  summary: string;
}

/**
 * Analyses a chronological series in display units (see `seriesInput`): the run, I and C charts on the
 * shown values, P/P′ on numerators and denominators, U/U′ per multiplier, a count's g chart on the
 * periods between events (one label per event).
 */
export function analyseSeries(measure: Measure, series: Measurement[], locale: Locale, chart: ChartType = 'run'): SeriesAnalysis {
  const { input, positions } = seriesInput(measure, series, chart);
  const result = analyze(input);
  const labels = positions.map((i) => periodLabel(series[i]!.periodKey, locale));
  const latest = findSignals(result).at(-1);
  const signal = Boolean(latest && (latest.shifts.length || latest.fewCrossings || latest.outside.length));
  const cl = latest ? (result.points[latest.from]?.cl ?? null) : null;
  const percentScale = plotsProportion(chart) ? 100 : 1;
  const goal = measure.goal === null ? null : measure.goal / percentScale;
  const reading = interpret(result, { better: measure.direction, goal });
  return {
    chart,
    result,
    labels,
    centre: cl === null ? null : cl * percentScale,
    goal,
    signal,
    tone: reading.tone,
    variation: reading.variation,
    assurance: reading.assurance,
    summary: summarize(result, { locale, periodLabels: labels, chart, better: measure.direction, measureName: measure.name, periodKind: measure.period }),
  };
}

/** Whether storing the point for `periodKey` turned a series without a signal into one with a signal. */
export function completesSignal(after: SeriesAnalysis, measure: Measure, series: Measurement[], periodKey: string, locale: Locale): boolean {
  if (!after.signal) return false;
  const before = series.filter((m) => m.periodKey !== periodKey);
  return before.length === 0 || !analyseSeries(measure, before, locale, after.chart).signal;
}
