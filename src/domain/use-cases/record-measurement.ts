import { DomainError } from '../errors';
import { implausibleValue, type Implausible } from '../implausible-value';
import { checkMeasurementValues, checkPeriod, type MeasurementValues } from '../measurement-rules';
import type { Actor } from '../model/common';
import { measurementInput, type Measurement } from '../model/measures';
import type { LoadedMeasureAndTeam } from '../ports/measure-repos';
import type { Repos, Store } from '../ports/store';
import { parseInput } from './parse-input';
import { periodIndex, withoutRow } from '../series-rows';

/** What a user reported for one period, with who reports it and in which time zone ("now" is actor.at). */
export interface RecordMeasurementInput {
  measureId: string;
  teamId: string;
  periodKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  actor: Actor;
  timeZone: string;
  /** The user confirmed replacing an existing value for the period (or corrects it: see requireExisting). */
  confirmReplace?: boolean;
  /** A correction (`ret`): refused with NO_MEASUREMENT_FOR_PERIOD when the period has no value yet. */
  requireExisting?: boolean;
  /** The user answered "yes, store it" to the implausible-value question. */
  confirmUnusual?: boolean;
  /**
   * The team's series of this measure as the caller read it in the same transaction (a turn reuses it for
   * its answer); read here when absent. Gives the period's current value and the typical value.
   */
  history?: readonly Measurement[];
  /**
   * The measure and team as the caller loaded them in the transaction this runs in (a conversation turn),
   * so they are not read again; checked all the same. Ignored unless the ids match measureId and teamId.
   */
  loaded?: LoadedMeasureAndTeam;
}

/**
 * Stored (with the replaced row, if any); the period already holds exactly these numbers (nothing written);
 * waiting for the user to confirm replacing `existing`; or waiting for "yes, store it" to an unusual value.
 */
export type RecordMeasurementResult =
  | { status: 'stored'; measurement: Measurement; previous: Measurement | null }
  | { status: 'unchanged'; existing: Measurement }
  | { status: 'needs_confirmation'; existing: Measurement }
  | { status: 'needs_plausibility'; reason: Implausible };

/**
 * Validates and records one measurement in one transaction. Rejects (DomainError) invalid input, CPR-like
 * text in the note, values the measure's unit kind does not allow, a period that has not started or lies
 * outside the collaborative, and a measure the team does not have. Re-entering the same numbers writes
 * nothing; a different value for a period that has one needs confirmReplace; an implausible value (see
 * implausibleValue) needs confirmUnusual.
 */
export async function recordMeasurement(store: Store, input: RecordMeasurementInput): Promise<RecordMeasurementResult> {
  const p = parseInput(measurementInput, input);
  // `record` refuses (throws) before it writes, so inside a turn's transaction it needs no savepoint of its own.
  return store.transaction((tx) => record(tx, input, p), { join: true });
}

async function record(
  tx: Repos,
  input: RecordMeasurementInput,
  p: ReturnType<typeof measurementInput.parse>,
): Promise<RecordMeasurementResult> {
  const { loaded } = input;
  const known = loaded?.measure.id === p.measureId && loaded.team.id === p.teamId ? loaded : null;
  const measure = known?.measure ?? (await tx.measures.get(p.measureId));
  if (!measure) throw new DomainError('UNKNOWN_MEASURE', {});
  const team = known?.team ?? (await tx.teams.get(p.teamId));
  if (!team) throw new DomainError('UNKNOWN_TEAM', {});
  // A team may report the collaborative's shared measures and its own, nothing else.
  if (measure.collaborativeId !== team.collaborativeId || (measure.teamId !== null && measure.teamId !== team.id))
    throw new DomainError('UNKNOWN_MEASURE', { measure: measure.code });
  const collaborative = await tx.collaboratives.get(measure.collaborativeId);
  if (!collaborative) throw new DomainError('UNKNOWN_COLLABORATIVE', {});
  const values = checkMeasurementValues(measure, p);
  const { periodStart } = checkPeriod(measure, collaborative, p.periodKey, input.actor.at, input.timeZone);
  const history = input.history ?? (await tx.measurements.series(p.measureId, p.teamId));
  const at = periodIndex(history, { periodKey: p.periodKey, periodStart });
  const existing = at.found ? history[at.index]! : null;
  if (!existing && input.requireExisting) throw new DomainError('NO_MEASUREMENT_FOR_PERIOD', { period: p.periodKey });
  if (existing && sameNumbers(existing, values) && (p.note === null || p.note === existing.note))
    return { status: 'unchanged', existing };
  if (!input.confirmUnusual) {
    const others = existing ? withoutRow(history, existing) : history;
    const reason = implausibleValue(measure, values, others);
    if (reason) return { status: 'needs_plausibility', reason };
  }
  const write = {
    measureId: p.measureId,
    teamId: p.teamId,
    periodKey: p.periodKey,
    periodStart,
    ...values,
    note: p.note,
  };
  if (input.confirmReplace) {
    const r = await tx.measurements.put(write, input.actor, { measure, team });
    return { status: 'stored', measurement: r.measurement, previous: r.previous };
  }
  // Insert-or-nothing: an existing value (also one a concurrent writer just stored) is left for the user to confirm.
  const r = await tx.measurements.add(write, input.actor, { measure, team });
  if (r.status === 'exists') return { status: 'needs_confirmation', existing: r.existing };
  return { status: 'stored', measurement: r.measurement, previous: null };
}

function sameNumbers(a: Measurement, b: MeasurementValues): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}
