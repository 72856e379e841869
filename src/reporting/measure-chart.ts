import { periodsBetweenEvents, suggestChart, type AnalyzeInput, type ChartType } from '../analysis';
import type { Measure, Measurement } from '../domain';
import { toDisplay } from './format-measure-value';

/** Charts analysed on numerators and denominators rather than on the shown values. */
const BY_COUNTS: ReadonlySet<ChartType> = new Set(['p', 'u', 'pp', 'up']);

/** The measure's control chart: the one set on the measure, else the one its data suggest. */
export function controlChartFor(measure: Measure, series: readonly Measurement[]): ChartType {
  return suggestChart(measure, { y: series.map((m) => m.numerator ?? m.value), n: series.map((m) => m.denominator) });
}

/** What `analyze` gets for a series and chart, and which series position each analysed value stands for. */
export interface SeriesInput {
  input: AnalyzeInput;
  /** Series position per analysed value (a g chart of counts has one value per event). */
  positions: number[];
}

/**
 * The analysis input of a series in display units: P/U and their prime charts on numerators and
 * denominators (U per multiplier), a g chart of a count measure on the periods between events, every
 * other chart on the shown values.
 */
export function seriesInput(
  measure: Measure,
  series: ReadonlyArray<Measurement | null>,
  chart: ChartType,
): SeriesInput {
  const all = series.map((_, i) => i);
  if (chart === 'g' && measure.unitKind === 'count') {
    const gaps = periodsBetweenEvents(series.map((m) => m?.value ?? null));
    return { input: { chart, y: gaps.map((g) => g.gap) }, positions: gaps.map((g) => g.index) };
  }
  if (BY_COUNTS.has(chart)) {
    const perMultiplier = chart === 'u' || chart === 'up';
    return {
      input: {
        chart,
        y: series.map((m) => m?.numerator ?? null),
        n: series.map((m) =>
          !m || m.denominator === null ? null : perMultiplier ? m.denominator / measure.multiplier : m.denominator,
        ),
      },
      positions: all,
    };
  }
  return { input: { chart, y: series.map((m) => (m ? toDisplay(measure, m.value) : null)) }, positions: all };
}
