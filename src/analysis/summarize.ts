import { plotsProportion } from './chart-kinds';
import { formatNumber, formatPercent } from './format-number';
import { messages, type CentreKind, type Locale } from './messages';
import { interpret, type Better } from './interpret';
import { interpretMessages, type PeriodKind } from './interpret-messages';
import { latestPartPoints } from './point-count';
import { pointsView } from './points-view';
import { findSignals } from './signals';
import type { AnalysisResult, ChartType } from './types';

/** Fewer points (see `latestPartPoints`) than this and the runs rules have little power; a common rule of thumb. */
export const MIN_USEFUL_POINTS = 10;
/** At most this many period labels are listed for points outside the limits. */
const MAX_LABELS = 5;

/** Options of `summarize`. */
export interface SummarizeOptions {
  locale: Locale;
  /** One label per subgroup, e.g. "uge 38" or "23-11-2026" (or the label of a position, for long series). */
  periodLabels: readonly string[] | ((i: number) => string);
  /** Unit after the centre value (e.g. "min"); when given, the centre value is added as a last sentence. */
  unitLabel?: string;
  /** Chart type (default: run chart when there are no limits, else a control chart). P charts are shown in %. */
  chart?: ChartType;
  /** Positions excluded in `analyze`, so runs are recounted the same way. */
  exclude?: number[];
  /** The measure's direction: signals are then told as improvement or worsening, with a next step. */
  better?: Better;
  /** The measure's name, the subject of a direction-aware shift sentence ("Ventetid er faldet: …"). */
  measureName?: string;
  /** Counts a shift in weeks, months or days rather than points. */
  periodKind?: PeriodKind;
}

/** One or more plain-language sentences on what the latest part of the analysis shows, in Danish or English. */
export function summarize(result: AnalysisResult, options: SummarizeOptions): string {
  const t = messages[options.locale];
  const labels = options.periodLabels;
  const label = (i: number) => (typeof labels === 'function' ? labels(i) : labels[i]) ?? String(i + 1);
  const part = findSignals(result, { exclude: options.exclude }).at(-1);
  const stats = result.parts.at(-1);
  const view = pointsView(result);
  if (!part || !stats || !some(view.length, (i) => view.values[i] !== null)) return t.noData;

  const limits = !view.noLimits && some(view.length, (i) => view.ucl(i) !== null || view.lcl(i) !== null);
  const chart = options.chart ?? (limits ? 'i' : 'run');
  const centre: CentreKind = chart === 'run' || chart === 'g' ? 'median' : 'mean';
  const sentences: string[] = [];
  if (result.parts.length > 1) sentences.push(t.latestPart({ since: label(part.from) }));

  const shift = part.shifts.at(-1);
  if (options.better) {
    sentences.push(...directedSentences(result, options, centre, label));
  } else {
    if (shift) {
      sentences.push(
        t.shift({ length: shift.length, direction: shift.direction, centre, since: label(shift.startIndex) }),
      );
    }
    if (part.fewCrossings) sentences.push(t.fewCrossings(part.fewCrossings));
    if (part.outside.length)
      sentences.push(t.outside({ count: part.outside.length, labels: labelList(part.outside, label, t.andMore) }));
  }
  if (!shift && !part.fewCrossings && !part.outside.length) {
    // The same count the cards show (`latestPartPoints`), so "for få punkter: 6" never sits next to "7 punkter".
    const count = latestPartPoints(result, options.exclude);
    sentences.push(
      count < MIN_USEFUL_POINTS && !stats.runsSignal
        ? t.tooFew({ count, needed: MIN_USEFUL_POINTS })
        : t.random({ count }),
    );
  }
  const cl = part.from < view.length ? view.cl(part.from) : null;
  if (options.unitLabel !== undefined && cl !== null) {
    const value = plotsProportion(chart) ? formatPercent(cl, options.locale) : formatNumber(cl, options.locale);
    const unit = plotsProportion(chart) || !options.unitLabel ? '' : ` ${options.unitLabel}`;
    sentences.push(t.centreValue({ centre, value: value + unit }));
  }
  return sentences.join(' ');
}

/** True when `test` holds for some position below `length`. */
function some(length: number, test: (i: number) => boolean): boolean {
  for (let i = 0; i < length; i++) if (test(i)) return true;
  return false;
}

/** Period labels of the positions, at most MAX_LABELS and "and more". */
function labelList(positions: readonly number[], label: (i: number) => string, andMore: string): string {
  const labels = positions.slice(0, MAX_LABELS).map(label);
  if (positions.length > MAX_LABELS) labels.push(andMore);
  return labels.join(', ');
}

/** The latest part's signals told with the measure's direction, then the next step for the most recent one. */
function directedSentences(
  result: AnalysisResult,
  options: SummarizeOptions,
  centre: CentreKind,
  label: (i: number) => string,
): string[] {
  const m = interpretMessages[options.locale];
  const reading = interpret(result, { better: options.better!, exclude: options.exclude });
  const out: string[] = [];
  const part = result.parts.at(-1)!;
  const view = pointsView(result);
  for (const r of reading.readings) {
    if (r.kind === 'shift') {
      const name = options.measureName ?? (options.locale === 'da' ? 'Niveauet' : 'The level');
      out.push(
        m.shift({
          name,
          side: r.side!,
          length: r.length,
          period: options.periodKind,
          centre,
          since: label(r.index),
          tone: r.tone,
        }),
      );
    } else if (r.kind === 'fewCrossings') {
      out.push(m.fewCrossings({ crossings: part.crossings ?? 0, crossingsMin: part.crossingsMin ?? 0 }));
    } else {
      const at: number[] = [];
      for (let i = r.index; i <= r.endIndex; i++) {
        const ucl = view.ucl(i);
        if (view.sigmaSignal(i) && (r.side === 'above') === (ucl !== null && view.values[i]! > ucl)) at.push(i);
      }
      out.push(
        m.outside({
          side: r.side!,
          count: at.length,
          labels: labelList(at, label, messages[options.locale].andMore),
          tone: r.tone,
        }),
      );
    }
  }
  const latest = [...reading.readings].reverse().find((r) => r.tone !== 'neutral') ?? reading.readings.at(-1);
  if (latest)
    out.push(
      m.next({
        kind: latest.kind,
        tone: latest.tone,
        since: label(latest.kind === 'outside' ? latest.endIndex : latest.index),
      }),
    );
  return out;
}
