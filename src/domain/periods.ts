import { DateTime } from 'luxon';
import type { PeriodKind } from './model/measures';

// Period keys: day `2026-11-23`, ISO week `2026-W47` (Danes count in ISO weeks), month `2026-11`.

/** Default time zone of users and schedules. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** The key of the period of `kind` that contains the calendar date `date` (YYYY-MM-DD). */
export function periodKeyOfDate(kind: PeriodKind, date: string): string {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  if (!d.isValid) throw new RangeError(`invalid date ${date}`);
  if (kind === 'day') return d.toISODate()!;
  if (kind === 'month') return d.toFormat('yyyy-LL');
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}

/** The key of the period containing the instant `now` in time zone `zone`. */
export function currentPeriodKey(kind: PeriodKind, now: Date, zone = DEFAULT_TIME_ZONE): string {
  return periodKeyOfDate(kind, localDate(now, zone));
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(now: Date, zone = DEFAULT_TIME_ZONE): string {
  // A turn asks for today's date several times; luxon's zone arithmetic is slow, so each zone keeps the UTC span
  // of the local day it last computed (exact across DST: the span comes from luxon's own start and end of day).
  const t = now.getTime();
  const day = localDays.get(zone);
  if (day && t >= day.from && t < day.to) return day.date;
  const local = DateTime.fromJSDate(now, { zone });
  const date = local.toISODate()!;
  if (local.isValid)
    localDays.set(zone, { from: local.startOf('day').toMillis(), to: local.endOf('day').toMillis() + 1, date });
  return date;
}

const localDays = new Map<string, { from: number; to: number; date: string }>();

/** The kind of a period key, or null when the key is malformed. */
export function periodKindOfKey(key: string): PeriodKind | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(key)) return 'week';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  return null;
}

/** First and last calendar day (inclusive) of a period key; null for an invalid key. */
export function periodBounds(key: string): { start: string; end: string } | null {
  // Only well-formed keys (digits and a W) are cached, never other text a user typed.
  if (!periodKindOfKey(key)) return null;
  const cached = boundsCache.get(key);
  if (cached !== undefined) return cached && { ...cached };
  const bounds = computeBounds(key);
  // NOTE: a turn asks for the bounds of every point of a series; the same few hundred keys come back each turn.
  if (boundsCache.size >= BOUNDS_CACHE_SIZE) boundsCache.delete(boundsCache.keys().next().value as string);
  boundsCache.set(key, bounds);
  return bounds && { ...bounds };
}

const BOUNDS_CACHE_SIZE = 4096;
const boundsCache = new Map<string, { start: string; end: string } | null>();

function computeBounds(key: string): { start: string; end: string } | null {
  const kind = periodKindOfKey(key);
  let start: DateTime;
  if (kind === 'day') start = DateTime.fromISO(key, { zone: 'utc' });
  else if (kind === 'month') start = DateTime.fromFormat(key, 'yyyy-LL', { zone: 'utc' });
  else if (kind === 'week') {
    const [y, w] = key.split('-W').map(Number) as [number, number];
    start = DateTime.fromObject({ weekYear: y, weekNumber: w, weekday: 1 }, { zone: 'utc' });
    if (start.isValid && start.weekNumber !== w) return null; // e.g. W53 in a 52-week year
  } else return null;
  if (!start.isValid) return null;
  const end = kind === 'day' ? start : kind === 'week' ? start.plus({ days: 6 }) : start.endOf('month');
  return { start: start.toISODate()!, end: end.toISODate()! };
}

/** The period key `steps` periods after (negative: before) `key`. */
export function shiftPeriod(key: string, steps: number): string {
  const kind = periodKindOfKey(key);
  const b = periodBounds(key);
  if (!kind || !b) throw new RangeError(`invalid period ${key}`);
  const start = DateTime.fromISO(b.start, { zone: 'utc' });
  const unit = kind === 'day' ? { days: steps } : kind === 'week' ? { weeks: steps } : { months: steps };
  return periodKeyOfDate(kind, start.plus(unit).toISODate()!);
}

/** The most recent period of `kind` that has ended by `now` in `zone`. */
export function lastClosedPeriod(kind: PeriodKind, now: Date, zone: string): string {
  return shiftPeriod(currentPeriodKey(kind, now, zone), -1);
}

/** All period keys from `from` to `to` inclusive (same kind), oldest first. */
export function periodRange(from: string, to: string): string[] {
  const cacheKey = `${from}|${to}`;
  let range = rangeCache.get(cacheKey);
  if (!range) {
    range = computeRange(from, to);
    // NOTE: every turn that draws or analyses a series lays it on this grid; the ranges repeat from turn to turn.
    if (rangeCache.size >= RANGE_CACHE_SIZE) rangeCache.delete(rangeCache.keys().next().value as string);
    rangeCache.set(cacheKey, range);
  }
  return [...range];
}

const RANGE_CACHE_SIZE = 512;
const rangeCache = new Map<string, readonly string[]>();

function computeRange(from: string, to: string): string[] {
  const kind = periodKindOfKey(from);
  const first = periodBounds(from);
  const last = periodBounds(to);
  if (!kind || !first) throw new RangeError(`invalid period ${from}`);
  if (!last) return [];
  const unit = kind === 'day' ? { days: 1 } : kind === 'week' ? { weeks: 1 } : { months: 1 };
  const out: string[] = [];
  for (let d = DateTime.fromISO(first.start, { zone: 'utc' }); d.toISODate()! <= last.start; d = d.plus(unit)) {
    out.push(periodKeyOfDate(kind, d.toISODate()!));
  }
  return out;
}

/** Chronological comparison of two period keys of the same kind. */
export function comparePeriods(a: string, b: string): number {
  const sa = periodBounds(a)?.start ?? a;
  const sb = periodBounds(b)?.start ?? b;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Short human label: `uge 47` / `week 47`, `23.11.2026`, `nov. 2026`. With `currentYear`, a week of another
 * ISO year carries its year (`uge 33 2025`), so texts that span a new year stay unambiguous.
 */
export function periodLabel(key: string, locale: 'da' | 'en' = 'da', currentYear?: number): string {
  const kind = periodKindOfKey(key);
  if (kind === 'week') {
    const week = `${locale === 'da' ? 'uge' : 'week'} ${Number(key.slice(6))}`;
    return currentYear !== undefined && Number(key.slice(0, 4)) !== currentYear ? `${week} ${key.slice(0, 4)}` : week;
  }
  if (kind === 'day') return DateTime.fromISO(key).toFormat(locale === 'da' ? 'dd.LL.yyyy' : 'yyyy-LL-dd');
  if (kind === 'month') return DateTime.fromFormat(key, 'yyyy-LL').setLocale(locale).toFormat('LLL yyyy');
  return key;
}

/** Axis labels of consecutive periods: weeks carry their ISO year on the first label and at each year change. */
export function axisLabels(keys: readonly string[], locale: 'da' | 'en' = 'da'): string[] {
  return keys.map((key, i) => {
    const label = periodLabel(key, locale);
    if (periodKindOfKey(key) !== 'week') return label;
    const year = key.slice(0, 4);
    return i === 0 || keys[i - 1]!.slice(0, 4) !== year ? `${label} ${year}` : label;
  });
}

/** The calendar year of `now` in `timeZone` (for labels that name other years only). */
export function yearIn(now: Date, timeZone: string): number {
  return Number(localDate(now, timeZone).slice(0, 4));
}

/**
 * A period as texts name it at `now`: `periodLabel` with the year of `now` in `zone`, so a week of another year
 * carries it ("uge 52 2026" in January 2027, next to "uge 1").
 */
export function periodLabelAt(key: string, locale: 'da' | 'en', now: Date, zone = DEFAULT_TIME_ZONE): string {
  return periodLabel(key, locale, yearIn(now, zone));
}
