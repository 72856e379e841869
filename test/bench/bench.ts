/** One figure printed by `npm run bench`: {"name": "area.figure", "value": 1.23, "unit": "ms"}. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** A group of figures measured together (they often share expensive setup). */
export interface Bench {
  /** Common prefix of the figures, e.g. "store". */
  group: string;
  /** Every figure name this bench can print; used to skip benches a prefix filter excludes. */
  names: string[];
  run(options: { prefix: string }): Promise<Figure[]>;
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The q-quantile (0..1) of a list, nearest-rank. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[idx]!;
}

/** Runs fn `times` times after `warmup` runs and returns the median duration in ms. */
export async function medianMs(fn: () => unknown, times = 200, warmup = 20): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const d: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    d.push(performance.now() - t0);
  }
  return round(median(d));
}

/** Rounds to 4 significant decimals for stable JSON output. */
export function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
