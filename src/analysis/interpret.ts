// Direction-aware reading of the Anhøj and Shewhart signals, with the NHS "Making Data Count" icons
// (NHS England/Improvement 2019, "Making data count: strengthening your decisions"): the rules say
// *that* the process changed; the measure's direction says whether that is good news.
import type { Direction } from './runs-analysis';
import { pointsView } from './points-view';
import { findSignals, type SignalOptions } from './signals';
import type { AnalysisResult } from './types';

/** Which way is better for a measure. */
export type Better = 'higher' | 'lower';
/** What a signal means for the measure: better, worse, or no direction (too few crossings). */
export type Tone = 'improvement' | 'worsening' | 'neutral';
/** NHS MDC variation icon: common cause, or special cause improving / concerning / neither. */
export type Variation = 'common' | 'improving' | 'worsening' | 'neither';
/** NHS MDC assurance icon: the limits say the goal is consistently met, not met, or hit and miss. */
export type Assurance = 'met' | 'notMet' | 'hitAndMiss';

/** One signal of the latest part with its meaning; positions are subgroup indices. */
export interface Reading {
  kind: 'shift' | 'fewCrossings' | 'outside';
  tone: Tone;
  /** First position (a shift's start, a point outside the limits; the part's start for few crossings). */
  index: number;
  /** Last position (inclusive). */
  endIndex: number;
  /** Side of the centre line (shift) or of the limits (outside: above = over the upper limit). */
  side: Direction | null;
  /** Useful points in a shift. */
  length: number;
}

/** The direction-aware reading of the latest part of an analysis. */
export interface Interpretation {
  /** Signals of the latest part, oldest first: the latest long run (or else too few crossings), and points outside the limits per side. */
  readings: Reading[];
  /** Tone of the most recent reading; null when there is no signal (common cause variation). */
  tone: Tone | null;
  variation: Variation;
  /** Null without a goal or without control limits (run charts). */
  assurance: Assurance | null;
}

/** Options: the measure's direction and its goal on the chart's scale. */
export interface InterpretOptions extends SignalOptions {
  better: Better;
  goal?: number | null;
}

/** The tone of a signal on `side` of the centre (or limits) for a measure where `better` is better. */
export function toneOf(side: Direction, better: Better): Tone {
  return (side === 'above') === (better === 'higher') ? 'improvement' : 'worsening';
}

/** Classifies every signal of the latest part and derives the variation and assurance icons. */
export function interpret(result: AnalysisResult, options: InterpretOptions): Interpretation {
  const part = findSignals(result, options).at(-1);
  const readings: Reading[] = [];
  if (part) {
    // Runs on both sides of the centre describe one move from the earlier level to the latest: the latest
    // run tells where the process went. Too few crossings only add a reading when no run is long.
    const s = part.shifts.at(-1);
    if (s) {
      readings.push({
        kind: 'shift',
        tone: toneOf(s.direction, options.better),
        index: s.startIndex,
        endIndex: s.endIndex,
        side: s.direction,
        length: s.length,
      });
    } else if (part.fewCrossings) {
      readings.push({
        kind: 'fewCrossings',
        tone: 'neutral',
        index: part.from,
        endIndex: part.to - 1,
        side: null,
        length: 0,
      });
    }
    for (const side of ['above', 'below'] as const) {
      const view = pointsView(result);
      const above = (i: number) => {
        const ucl = view.ucl(i);
        return ucl !== null && view.values[i]! > ucl;
      };
      const at = part.outside.filter((i) => (side === 'above') === above(i));
      if (!at.length) continue;
      readings.push({
        kind: 'outside',
        tone: toneOf(side, options.better),
        index: at[0]!,
        endIndex: at.at(-1)!,
        side,
        length: at.length,
      });
    }
  }
  readings.sort((a, b) => a.endIndex - b.endIndex || a.index - b.index);
  const latestDirected = [...readings].reverse().find((r) => r.tone !== 'neutral');
  const tone = latestDirected?.tone ?? (readings.length ? 'neutral' : null);
  const variation: Variation =
    tone === 'improvement'
      ? 'improving'
      : tone === 'worsening'
        ? 'worsening'
        : tone === 'neutral'
          ? 'neither'
          : 'common';
  return { readings, tone, variation, assurance: assuranceOf(result, options) };
}

/**
 * MDC assurance from the latest limits against the goal: both limits on the good side of the goal =
 * consistently met, both on the bad side = not met with the current process, the goal between = hit and miss.
 */
function assuranceOf(result: AnalysisResult, options: InterpretOptions): Assurance | null {
  const goal = options.goal;
  if (goal === null || goal === undefined || !Number.isFinite(goal)) return null;
  const view = pointsView(result);
  let last = view.noLimits ? -1 : view.length - 1;
  while (last >= 0 && (view.lcl(last) === null || view.ucl(last) === null)) last--;
  if (last < 0) return null;
  const [lcl, ucl] = [view.lcl(last)!, view.ucl(last)!];
  const [worst, best] = options.better === 'higher' ? [lcl, ucl] : [ucl, lcl];
  const good = (v: number) => (options.better === 'higher' ? v >= goal : v <= goal);
  if (good(worst)) return 'met';
  if (!good(best)) return 'notMet';
  return 'hitAndMiss';
}
