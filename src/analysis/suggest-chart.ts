import type { ChartType } from './types';

/** What a measure counts: events (count), a share (proportion), events per exposure (rate) or a measured value. */
export type UnitKind = 'count' | 'proportion' | 'rate' | 'value';

const byKind: Record<UnitKind, 'c' | 'p' | 'u' | 'i'> = {
  count: 'c',
  proportion: 'p',
  rate: 'u',
  value: 'i',
};

/** The Shewhart chart that fits a measure; the run chart (always valid, the default display) is the fallback. */
export function suggestChart(measure: { unitKind: UnitKind }): Extract<ChartType, 'c' | 'run' | 'p' | 'u' | 'i'> {
  return byKind[measure.unitKind] ?? 'run';
}
