import type { BaselineEvent, BaselineKind } from './model/baseline';
import type { Locale } from './model/common';
import { comparePeriods, periodLabel } from './periods';

/** A freeze or part drawn on the chart: at the last baseline value (freeze) or the first value of the part. */
export interface BaselineMark {
  kind: BaselineKind;
  /** 0-based position among the analysed values. */
  index: number;
  /** The event's period with its year, e.g. `uge 12 2026`. */
  label: string;
}

/**
 * What the stored events mean for the analysis of values with these period keys (qicharts2's `freeze` and
 * `part` options), and where the chart marks them.
 */
export interface BaselineOptions {
  options: { freeze?: number; part?: number[] };
  marks: BaselineMark[];
}

/**
 * Turns a team's active baseline events into qicharts2 options: every part starts a new part at its first
 * value on or after the period; the latest freeze counts the values up to and including its period. As in
 * qicharts2, a freeze is ignored once the chart has parts. Events outside the values are left out.
 */
export function baselineOptions(
  keys: readonly string[],
  events: readonly BaselineEvent[],
  locale: Locale,
): BaselineOptions {
  const label = (key: string) => periodLabel(key, locale, Number.NaN);
  const splits = new Map<number, BaselineMark>();
  for (const e of events.filter((e) => e.kind === 'part')) {
    const before = keys.filter((k) => comparePeriods(k, e.periodKey) < 0).length;
    if (before > 0 && before < keys.length)
      splits.set(before, { kind: 'part', index: before, label: label(e.periodKey) });
  }
  if (splits.size > 0) {
    const part = [...splits.keys()].sort((a, b) => a - b);
    return { options: { part }, marks: part.map((i) => splits.get(i)!) };
  }
  const freeze = events.filter((e) => e.kind === 'freeze').at(-1);
  if (!freeze) return { options: {}, marks: [] };
  const upTo = keys.filter((k) => comparePeriods(k, freeze.periodKey) <= 0).length;
  if (upTo === 0) return { options: {}, marks: [] };
  return { options: { freeze: upTo }, marks: [{ kind: 'freeze', index: upTo - 1, label: label(freeze.periodKey) }] };
}
