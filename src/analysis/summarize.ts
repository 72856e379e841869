import { plotsProportion } from './chart-kinds';
import { formatNumber, formatPercent } from './format-number';
import { messages, type CentreKind, type Locale } from './messages';
import { findSignals } from './signals';
import type { AnalysisResult, ChartType } from './types';

/** Fewer useful points than this and the runs rules have little power; a common rule of thumb. */
export const MIN_USEFUL_POINTS = 10;
/** At most this many period labels are listed for points outside the limits. */
const MAX_LABELS = 5;

/** Options of `summarize`. */
export interface SummarizeOptions {
  locale: Locale;
  /** One label per subgroup, e.g. "uge 38" or "23-11-2026". */
  periodLabels: string[];
  /** Unit after the centre value (e.g. "min"); when given, the centre value is added as a last sentence. */
  unitLabel?: string;
  /** Chart type (default: run chart when there are no limits, else a control chart). P charts are shown in %. */
  chart?: ChartType;
  /** Positions excluded in `analyze`, so runs are recounted the same way. */
  exclude?: number[];
}

/** One or more plain-language sentences on what the latest part of the analysis shows, in Danish or English. */
export function summarize(result: AnalysisResult, options: SummarizeOptions): string {
  const t = messages[options.locale];
  const label = (i: number) => options.periodLabels[i] ?? String(i + 1);
  const part = findSignals(result, { exclude: options.exclude }).at(-1);
  const stats = result.parts.at(-1);
  if (!part || !stats || !result.points.some((p) => p.y !== null)) return t.noData;

  const chart = options.chart ?? (result.points.some((p) => p.ucl !== null || p.lcl !== null) ? 'i' : 'run');
  const centre: CentreKind = chart === 'run' ? 'median' : 'mean';
  const sentences: string[] = [];
  if (result.parts.length > 1) sentences.push(t.latestPart({ since: label(part.from) }));

  const shift = part.shifts.at(-1);
  if (shift) {
    sentences.push(t.shift({ length: shift.length, direction: shift.direction, centre, since: label(shift.startIndex) }));
  }
  if (part.fewCrossings) sentences.push(t.fewCrossings(part.fewCrossings));
  if (part.outside.length) {
    const labels = part.outside.slice(0, MAX_LABELS).map(label);
    if (part.outside.length > MAX_LABELS) labels.push(t.andMore);
    sentences.push(t.outside({ count: part.outside.length, labels: labels.join(', ') }));
  }
  if (!shift && !part.fewCrossings && !part.outside.length) {
    let count = 0;
    for (let i = part.from; i < part.to; i++) if (result.points[i]!.y !== null) count++;
    sentences.push(
      stats.nUseful < MIN_USEFUL_POINTS && !stats.runsSignal
        ? t.tooFew({ count: stats.nUseful, needed: MIN_USEFUL_POINTS })
        : t.random({ count }),
    );
  }
  const cl = result.points[part.from]?.cl ?? null;
  if (options.unitLabel !== undefined && cl !== null) {
    const value = plotsProportion(chart) ? formatPercent(cl, options.locale) : formatNumber(cl, options.locale);
    const unit = plotsProportion(chart) || !options.unitLabel ? '' : ` ${options.unitLabel}`;
    sentences.push(t.centreValue({ centre, value: value + unit }));
  }
  return sentences.join(' ');
}
