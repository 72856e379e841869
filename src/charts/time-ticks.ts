import type { TextRenderer } from './svg/text-renderer';

/** One label of a shared time axis: the point it marks and its text. */
export interface TimeTick {
  index: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The labels of a time axis only `width` px wide (a small multiple): the first and last period, and the middle one
 * when three fit. A week label carries its ISO year on the first label and wherever the year changes from the
 * previous label ("uge 48 2025", "uge 23 2026"); day and month labels carry their year already.
 */
export function timeTicks(
  t: TextRenderer,
  labels: readonly string[],
  years: readonly (number | null)[] | undefined,
  width: number,
  size: number,
): TimeTick[] {
  const n = labels.length;
  if (n === 0) return [];
  const withYear = (i: number) => (years?.[i] != null ? `${labels[i]} ${years[i]}` : labels[i]!);
  const widest = Math.max(...[0, Math.floor((n - 1) / 2), n - 1].map((i) => t.measure(withYear(i), size)));
  const count = n === 1 ? 1 : width >= 3 * (widest + 6) && n >= 3 ? 3 : 2;
  const indices = count === 1 ? [0] : Array.from({ length: count }, (_, k) => Math.round((k * (n - 1)) / (count - 1)));
  let shownYear: number | null = null;
  const ticks: TimeTick[] = indices.map((index, k) => {
    const year = years?.[index] ?? null;
    const text = year !== null && year !== shownYear ? `${labels[index]} ${year}` : labels[index]!;
    if (year !== null) shownYear = year;
    const anchor = count === 1 || k === 0 ? 'start' : k === count - 1 ? 'end' : 'middle';
    return { index, text, anchor };
  });
  // Too narrow for the first and the last label side by side: the first one says where the axis begins.
  const used = ticks.reduce((sum, tick) => sum + t.measure(tick.text, size) + 6, 0);
  return used > width ? ticks.slice(0, 1) : ticks;
}
