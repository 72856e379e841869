import {
  analyze,
  findSignals,
  growingRunChart,
  interpret,
  pointsView,
  plotsProportion,
  summarize,
  type AnalysisResult,
  type PartSignals,
  type Assurance,
  type ChartType,
  type Tone,
  type Variation,
} from '../analysis';
import {
  periodKindOfKey,
  DEFAULT_TIME_ZONE,
  localDate,
  periodBounds,
  periodLabel,
  baselineOptions,
  type BaselineEvent,
  type BaselineMark,
  type Locale,
  type Measure,
  type Measurement,
} from '../domain';
import { withLazy } from './lazy-fields';
import { MAX_SLOTS, periodGrid } from './period-grid';
import { seriesInput } from './measure-chart';

/** A measure's series analysed for one chart type, with the plain-language summary cards show. */
export interface SeriesAnalysis {
  chart: ChartType;
  result: AnalysisResult;
  /** Text label per analysed value: weeks of another year than the current carry it (`uge 33 2025`). */
  labels: string[];
  /** Axis label per analysed value, without year (the chart adds it from `years` where it changes). */
  axisLabels: string[];
  /** ISO year of each analysed week (null for days and months, whose labels carry their year). */
  years: Array<number | null>;
  /** First day (`YYYY-MM-DD`) of each analysed value's period, for placing PDSA marks. */
  starts: string[];
  /** Period key of each analysed value. */
  keys: string[];
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
  /** The team's frozen baseline or part boundaries, placed on the analysed values (empty without events). */
  baseline: BaselineMark[];
}

/**
 * Analyses a chronological series in display units (see `seriesInput`): the run, I and C charts on the
 * shown values, P/P′ on numerators and denominators, U/U′ per multiplier, a count's g chart on the
 * periods between events (one label per event). The team's active baseline `events` freeze the limits or
 * split the chart into parts.
 */
export function analyseSeries(
  measure: Measure,
  series: readonly Measurement[],
  locale: Locale,
  chart: ChartType = 'run',
  now?: Date,
  events: readonly BaselineEvent[] = [],
): SeriesAnalysis {
  const { keys, baseline, result } = analysed(measure, series, chart, locale, events);
  return describeSeries(measure, { keys, marks: baseline.marks, result }, locale, chart, now);
}

/** An analysed series on its analysed values' period keys, with the baseline marks drawn on them. */
export interface AnalysedValues {
  keys: string[];
  marks: BaselineMark[];
  result: AnalysisResult;
}

/** The SeriesAnalysis of analysed values: signals, reading and summary in `locale`, labels when read. */
export function describeSeries(
  measure: Measure,
  { keys, marks, result }: AnalysedValues,
  locale: Locale,
  chart: ChartType,
  now?: Date,
): SeriesAnalysis {
  // Without a clock, the year of the latest value stands in for the current year.
  const year = now ? Number(localDate(now, DEFAULT_TIME_ZONE).slice(0, 4)) : Number(keys.at(-1)?.slice(0, 4));
  const latest = findSignals(result).at(-1);
  const signal = signalsIn(latest);
  const cl = latest ? pointsView(result).cl(latest.from) : null;
  const percentScale = plotsProportion(chart) ? 100 : 1;
  const goal = measure.goal === null ? null : measure.goal / percentScale;
  const reading = interpret(result, { better: measure.direction, goal });
  const analysis = {
    chart,
    result,
    keys,
    centre: cl === null ? null : cl * percentScale,
    goal,
    signal,
    tone: reading.tone,
    variation: reading.variation,
    assurance: reading.assurance,
    summary: summarize(result, {
      locale,
      // Only the periods a sentence names are labelled here (a long series has thousands).
      periodLabels: (i) => (keys[i] === undefined ? undefined : periodLabel(keys[i], locale, year)) as string,
      chart,
      better: measure.direction,
      measureName: measure.name,
      periodKind: measure.period,
    }),
    baseline: marks,
  };
  // Per-value labels, years and starts are built when first read (a stored-measurement card reads none).
  return withLazy(analysis, {
    labels: () => keys.map((k) => periodLabel(k, locale, year)),
    axisLabels: () => keys.map((k) => periodLabel(k, locale)),
    years: () => keys.map((k) => (periodKindOfKey(k) === 'week' ? Number(k.slice(0, 4)) : null)),
    starts: () => keys.map((k) => periodBounds(k)?.start ?? ''),
  });
}

/**
 * Whether storing a point turned a series without a signal into one with a signal. `before` is the analysis of the
 * series without that point, null when there was none; it is read only when `after` signals.
 */
export function completesSignal(after: SeriesAnalysis, before: (() => SeriesAnalysis) | null): boolean {
  if (!after.signal) return false;
  return before === null || !before().signal;
}

/**
 * The series on its grid, analysed with the team's baseline events: the keys, baseline and result. With `grow`, a
 * run chart of a series too long for a grid (kept as recorded) is analysed so that it can take its next value
 * without analysing the series again (`grown`).
 */
export function analysed(
  measure: Measure,
  series: readonly Measurement[],
  chart: ChartType,
  locale: Locale,
  events: readonly BaselineEvent[],
  grow = false,
) {
  const grid = periodGrid(series);
  const { input, positions } = seriesInput(measure, grid.slots, chart);
  const keys = positions.map((i) => grid.keys[i]!);
  const baseline = baselineOptions(keys, events, locale);
  const grown =
    grow && chart === 'run' && series.length > MAX_SLOTS ? growingRunChart(input.y, baseline.options) : null;
  return { keys, baseline, grown, result: grown?.result ?? analyze({ ...input, ...baseline.options }) };
}

/** True when the part signals non-random variation: a long run, few crossings, or a point outside limits. */
function signalsIn(part: PartSignals | undefined): boolean {
  return Boolean(part && (part.shifts.length || part.fewCrossings || part.outside.length));
}
