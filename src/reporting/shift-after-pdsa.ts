import { findSignals, type Direction } from '../analysis';
import {
  comparePeriods,
  DEFAULT_TIME_ZONE,
  localDate,
  periodKeyOfDate,
  type BaselineEvent,
  type Measure,
  type PdsaCycle,
} from '../domain';
import type { SeriesAnalysis } from './series-analysis';

/** A sustained shift that began at or after a PDSA cycle's test start: grounds to propose a new part. */
export interface ShiftAfterPdsa {
  /** Period key of the shift's first value: where the new part would start. */
  periodKey: string;
  /** Text label of that period. */
  since: string;
  length: number;
  direction: Direction;
  cycle: PdsaCycle;
  /** The period key in which the cycle's test started. */
  startedKey: string;
}

/** The day a cycle's test started: the Do phase's start date, else the day it was created (Danish time). */
export const testStart = (cycle: PdsaCycle): string =>
  cycle.do?.startedOn ?? localDate(cycle.createdAt, DEFAULT_TIME_ZONE);

/**
 * The latest part's latest shift (the runs signal of a run chart) when it began in or after the period where one
 * of the team's cycles on this measure (or on no measure) started its test, and no part begins there yet; the
 * latest such cycle is named. Null otherwise.
 */
export function shiftAfterPdsa(
  analysis: SeriesAnalysis,
  measure: Measure,
  cycles: readonly PdsaCycle[],
  events: readonly BaselineEvent[],
): ShiftAfterPdsa | null {
  const shift = findSignals(analysis.result).at(-1)?.shifts.at(-1);
  if (!shift || shift.startIndex === 0) return null;
  const periodKey = analysis.keys[shift.startIndex];
  if (!periodKey) return null;
  if (events.some((e) => e.kind === 'part' && e.periodKey === periodKey)) return null;
  const before = cycles
    .filter((c) => c.measureIds.length === 0 || c.measureIds.includes(measure.id))
    .map((cycle) => ({ cycle, startedKey: periodKeyOfDate(measure.period, testStart(cycle)) }))
    .filter((c) => comparePeriods(c.startedKey, periodKey) <= 0)
    .sort(
      (a, b) => comparePeriods(a.startedKey, b.startedKey) || a.cycle.createdAt.getTime() - b.cycle.createdAt.getTime(),
    )
    .at(-1);
  if (!before) return null;
  return {
    periodKey,
    since: analysis.labels[shift.startIndex] ?? periodKey,
    length: shift.length,
    direction: shift.direction,
    cycle: before.cycle,
    startedKey: before.startedKey,
  };
}
