import { analyze, type AnalyzeInput } from '../../src/analysis';
import type { ChartInput } from '../../src/charts';

/** ISO week labels from `first` on, wrapping after week 52. */
export function weekLabels(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `uge ${((first - 1 + i) % 52) + 1}`);
}

// 14 baseline weeks (frozen; median of 32 and 33 = 32.5, longest run 2), then a shift down after
// the PDSA cycles: the last 10 weeks are all below the median, longer than round(log2 24) + 3 = 8.
const waiting = [33, 30, 35, 29, 32, 36, 31, 34, 28, 33, 30, 35, 29, 34, 27, 26, 28, 25, 27, 24, 26, 25, 23, 24];

/** Analysis input of the Danish waiting-time example. */
export const shiftInput: AnalyzeInput = { chart: 'run', y: waiting, freeze: 14 };

/** A Danish run chart with æøå, a shift, a goal and two PDSA annotations. */
export function danishShiftChart(): ChartInput {
  return {
    analysis: analyze(shiftInput),
    periodLabels: weekLabels(36, waiting.length),
    measureName: 'Ventetid på skadestuen, Ærø – børn & unge',
    unit: 'minutter',
    goal: 25,
    annotations: [
      { index: 13, label: 'PDSA 1: triage ved døren' },
      { index: 16, label: 'PDSA 2: én kø' },
    ],
    locale: 'da',
  };
}

/**
 * 104 weeks of a proportion in percent (80–100 %, several weeks at exactly 100 %) with a goal of 90 % and
 * four PDSA cycles, the last three within six weeks at the right edge: the chart reported as crowded.
 */
export function crowdedProportionChart(): ChartInput {
  let s = 7;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const y = Array.from({ length: 104 }, (_, i) => (i % 9 === 4 ? 100 : Math.round(80 + rnd() * 20)));
  return {
    analysis: analyze({ chart: 'run', y }),
    periodLabels: weekLabels(48, y.length),
    measureName: 'Operation inden for 24 timer',
    unit: '%',
    goal: 90,
    annotations: [40, 98, 101, 103].map((index, k) => ({ index, label: `PDSA ${k + 1}` })),
    locale: 'da',
  };
}
