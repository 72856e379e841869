import type { SeriesAnalysis } from './series-analysis';

/** The per-value fields of a SeriesAnalysis, built only when read. */
export type LazyFields = Pick<SeriesAnalysis, 'labels' | 'axisLabels' | 'years' | 'starts'>;

/** `base` with each of `lazy` as an enumerable property computed on first read, then kept. */
export function withLazy(
  base: Omit<SeriesAnalysis, keyof LazyFields>,
  lazy: { [K in keyof LazyFields]: () => LazyFields[K] },
): SeriesAnalysis {
  const out = base as SeriesAnalysis;
  for (const [name, make] of Object.entries(lazy) as Array<[keyof LazyFields, () => unknown]>) {
    let value: unknown;
    let made = false;
    Object.defineProperty(out, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!made) {
          value = make();
          made = true;
        }
        return value;
      },
      set: (v: unknown) => {
        value = v;
        made = true;
      },
    });
  }
  return out;
}
