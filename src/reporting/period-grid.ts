import { periodKindOfKey, periodRange, type Measurement } from '../domain';

/** A series on its time axis: every period from the first to the last value, null where none was recorded. */
export interface PeriodGrid {
  keys: string[];
  slots: Array<Measurement | null>;
}

/** At most this many periods are laid out (a daily series over years is not drawn slot by slot). */
export const MAX_SLOTS = 520;

/**
 * Puts a chronological series on its period grid so missing periods become gaps (qicharts2 keeps them as
 * NA: left out of centre, limits and runs, and breaking moving ranges). A series with unknown or mixed
 * period keys, or too long a span, is kept as recorded.
 */
export function periodGrid(series: readonly Measurement[]): PeriodGrid {
  const asIs = { keys: series.map((m) => m.periodKey), slots: [...series] };
  const first = series[0];
  const last = series.at(-1);
  // A grid holds every recorded period, so a longer series is kept as recorded without laying out its range.
  if (!first || !last || series.length > MAX_SLOTS) return asIs;
  const kind = periodKindOfKey(first.periodKey);
  if (!kind || series.some((m) => periodKindOfKey(m.periodKey) !== kind)) return asIs;
  const keys = periodRange(first.periodKey, last.periodKey);
  if (keys.length > MAX_SLOTS || keys.length < series.length) return asIs;
  const byKey = new Map(series.map((m) => [m.periodKey, m]));
  return { keys, slots: keys.map((k) => byKey.get(k) ?? null) };
}
