import { appendRunValue, type GrowingRunChart } from '../analysis';
import {
  baselineOptions,
  DEFAULT_TIME_ZONE,
  localDate,
  type BaselineEvent,
  type Locale,
  type Measure,
  type Measurement,
} from '../domain';
import { toDisplay } from './format-measure-value';
import { MAX_SLOTS } from './period-grid';
import { analysed, describeSeries, type SeriesAnalysis } from './series-analysis';

/**
 * The run chart analyses of recently written series, so that a write turn costs the same for a series of 100
 * points and of 10,000: the series before the write is found here, and the series after it is that one grown by
 * its new value (`appendRunValue`) rather than analysed again. Entries are found by content, not trusted: the
 * series asked for must equal the remembered one (or be it plus one value at the end), row by row, under the same
 * measure, baseline events, language and year; anything else is analysed in full. A rolled-back write or a write
 * by another instance therefore never shows through, it only costs a full analysis. A series handed to the memo is
 * kept as it is (not copied): callers pass series they no longer change (the store's are read-only).
 */
export interface SeriesAnalysisMemo {
  /** `analyseSeries(measure, series, locale, 'run', now, events)` for the team's series of the measure. */
  run(
    teamId: string,
    measure: Measure,
    series: readonly Measurement[],
    locale: Locale,
    now: Date,
    events: readonly BaselineEvent[],
  ): SeriesAnalysis;
  /** How the analyses so far were made: found as they were, grown by a value, or analysed in full. */
  readonly counts: { found: number; grown: number; full: number };
}

interface Entry {
  context: string;
  series: readonly Measurement[];
  keys: string[];
  events: readonly BaselineEvent[];
  grown: GrowingRunChart | null;
  analysis: SeriesAnalysis;
}

/**
 * Series remembered, points over all remembered analyses (some 30 bytes each: a few tens of MB at most), and
 * analyses per series (after and before a write).
 */
export const DEFAULT_MEMO_LIMITS = { maxSeries: 256, maxPoints: 1_000_000 };
const PER_SERIES = 2;

/** An empty memo within `limits` (the least recently used series go first). */
export function createSeriesAnalysisMemo(limits = DEFAULT_MEMO_LIMITS): SeriesAnalysisMemo {
  const bySeries = new Map<string, Entry[]>();
  const counts = { found: 0, grown: 0, full: 0 };
  let points = 0;
  const size = (entries: readonly Entry[] | undefined) => (entries ?? []).reduce((n, e) => n + e.series.length, 0);
  const forget = (key: string) => {
    points -= size(bySeries.get(key));
    bySeries.delete(key);
  };
  const remember = (key: string, entry: Entry) => {
    const entries = bySeries.get(key) ?? [];
    forget(key);
    const kept = [entry, ...entries.filter((e) => e !== entry)].slice(0, PER_SERIES);
    bySeries.set(key, kept);
    points += size(kept);
    while (bySeries.size > limits.maxSeries || (points > limits.maxPoints && bySeries.size > 1))
      forget(bySeries.keys().next().value as string);
  };
  return {
    counts,
    run(teamId, measure, series, locale, now, events) {
      const key = `${measure.id}\u0000${teamId}`;
      const year = localDate(now, DEFAULT_TIME_ZONE).slice(0, 4);
      const context = JSON.stringify([measure, events.map((e) => [e.kind, e.periodKey]), locale, year]);
      const known = (bySeries.get(key) ?? []).filter((e) => e.context === context);
      const same = known.find((e) => sameRows(e.series, series, series.length));
      if (same) {
        counts.found++;
        remember(key, same);
        return same.analysis;
      }
      let before = known.find((e) => e.grown && e.series.length === series.length - 1);
      if (before && !sameRows(before.series, series, before.series.length)) before = undefined;
      // A long series not seen yet: analysed as the series before its latest value, grown by that value, so that
      // the question "and before this value?" that follows a write finds its answer here.
      if (!before && series.length > MAX_SLOTS + 1) {
        counts.full++;
        before = analyseInFull(measure, series.slice(0, -1), locale, now, events, context);
        remember(key, before);
      }
      const grown = before ? grow(before, series, measure, locale, now) : null;
      const entry = grown ?? analyseInFull(measure, series, locale, now, events, context);
      counts[grown ? 'grown' : 'full']++;
      remember(key, entry);
      return entry.analysis;
    },
  };
}

function analyseInFull(
  measure: Measure,
  series: readonly Measurement[],
  locale: Locale,
  now: Date,
  events: readonly BaselineEvent[],
  context: string,
): Entry {
  const { keys, baseline, grown, result } = analysed(measure, series, 'run', locale, events, true);
  const analysis = describeSeries(measure, { keys, marks: baseline.marks, result }, locale, 'run', now);
  return { context, series, keys, events, grown, analysis };
}

/** The entry of `series`, which is `before.series` and one more row; null when its chart cannot simply grow. */
function grow(
  before: Entry,
  series: readonly Measurement[],
  measure: Measure,
  locale: Locale,
  now: Date,
): Entry | null {
  const row = series.at(-1)!;
  const keys = [...before.keys, row.periodKey];
  const baseline = baselineOptions(keys, before.events, locale);
  const grown = appendRunValue(before.grown!, toDisplay(measure, row.value), baseline.options);
  if (!grown) return null;
  const analysis = describeSeries(measure, { keys, marks: baseline.marks, result: grown.result }, locale, 'run', now);
  return { ...before, series, keys, grown, analysis };
}

/** The first `count` rows of `a` and `b` are the same periods with the same numbers (and `b` has `count` rows). */
function sameRows(a: readonly Measurement[], b: readonly Measurement[], count: number): boolean {
  if (a === b) return count === a.length;
  if (a.length < count || b.length < count || (count === b.length && a.length !== b.length)) return false;
  for (let i = 0; i < count; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (
      x.periodKey !== y.periodKey ||
      x.periodStart !== y.periodStart ||
      x.value !== y.value ||
      x.numerator !== y.numerator ||
      x.denominator !== y.denominator
    )
      return false;
  }
  return true;
}
