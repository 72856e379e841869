import {
  comparePeriods,
  periodKeyOfDate,
  periodKindOfKey,
  periodLabel,
  periodRange,
  shiftPeriod,
  type Locale,
  type Measure,
} from '../domain';
import type { OverviewRow } from './overview-data';

/** The overview charts show at most this many periods (two years of weeks). */
export const OVERVIEW_PERIODS = 104;

/**
 * The one time axis every team's chart shares: from the collaborative's start (or the earliest value, when
 * earlier) to the last completed period, or the current one when some team has already reported it; at most
 * OVERVIEW_PERIODS periods, the most recent.
 */
export function overviewPeriods(
  measure: Pick<Measure, 'period'>,
  recorded: readonly string[],
  current: string,
  collaborativeStart: string,
): string[] {
  const end = recorded.includes(current) ? current : shiftPeriod(current, -1);
  const starts = [...recorded, periodKeyOfDate(measure.period, collaborativeStart)].filter(
    (k) => comparePeriods(k, end) <= 0,
  );
  const start = starts.reduce((a, k) => (comparePeriods(k, a) < 0 ? k : a), end);
  const earliest = shiftPeriod(end, -(OVERVIEW_PERIODS - 1));
  return periodRange(comparePeriods(start, earliest) < 0 ? earliest : start, end);
}

/** Axis labels of the shared grid (`uge 47`, `nov. 2026`) and the ISO year of each week (null otherwise). */
export function overviewLabels(rows: OverviewRow[], locale: Locale): { labels: string[]; years: Array<number | null> } {
  const periods = rows[0]?.periods ?? [];
  return {
    labels: periods.map((k) => periodLabel(k, locale)),
    years: periods.map((k) => (periodKindOfKey(k) === 'week' ? Number(k.slice(0, 4)) : null)),
  };
}
