import { laneySigmaZ } from './prime-charts';
import type { ChartType } from './types';

/** What a measure counts: events (count), a share (proportion), events per exposure (rate) or a measured value. */
export type UnitKind = 'count' | 'proportion' | 'rate' | 'value';

/** The series a suggestion may look at: values (numerators) and denominators, oldest first. */
export interface SuggestData {
  y: readonly (number | null)[];
  n?: readonly (number | null)[];
}

const byKind: Record<UnitKind, 'c' | 'p' | 'u' | 'i'> = {
  count: 'c',
  proportion: 'p',
  rate: 'u',
  value: 'i',
};

/** Counts are "rare events" when at least this share of periods has none (and there are a few events). */
export const RARE_ZERO_SHARE = 0.6;
/** Denominators from this median up make p and u limits so narrow that overdispersion matters. */
export const LARGE_DENOMINATOR = 1000;
/** Laney's σz above this: more between-period variation than the binomial or Poisson model allows. */
export const OVERDISPERSION = 1.5;
/** Fewer present periods than this and the data cannot tell; the plain chart for the unit kind is kept. */
const MIN_PERIODS = 8;

/**
 * The Shewhart chart that fits a measure: c, p, u or i by its unit kind; with data, a g chart for counts
 * that are mostly zero (rare events, shown as periods between events, see `periodsBetweenEvents`) and
 * Laney's P′ or U′ chart for proportions and rates with very large denominators and overdispersion.
 * A chart set on the measure (anything but 'auto') wins. The run chart (always valid, the default display)
 * is the fallback.
 */
export function suggestChart(
  measure: { unitKind: UnitKind; chart?: ChartType | 'auto' },
  data?: SuggestData,
): ChartType {
  if (measure.chart && measure.chart !== 'auto') return measure.chart;
  const plain = byKind[measure.unitKind] ?? 'run';
  if (!data) return plain;
  const present = data.y.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length < MIN_PERIODS) return plain;
  if (plain === 'c') {
    const zeros = present.filter((v) => v === 0).length;
    const events = present.reduce((a, b) => a + b, 0);
    return zeros / present.length >= RARE_ZERO_SHARE && events >= 3 ? 'g' : 'c';
  }
  if ((plain === 'p' || plain === 'u') && data.n) {
    const sizes = data.n.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
    const median = sizes[sizes.length >> 1] ?? 0;
    if (median < LARGE_DENOMINATOR) return plain;
    return laneySigmaZ(plain, data.y, data.n) > OVERDISPERSION ? (plain === 'p' ? 'pp' : 'up') : plain;
  }
  return plain;
}
