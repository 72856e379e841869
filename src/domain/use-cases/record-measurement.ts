import { DomainError } from '../errors';
import { checkMeasurementValues, checkPeriod } from '../measurement-rules';
import type { Actor } from '../model/common';
import { measurementInput, type Measurement } from '../model/measures';
import type { LoadedMeasureAndTeam } from '../ports/measure-repos';
import type { Repos, Store } from '../ports/store';
import { parseInput } from './parse-input';

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
  /** The user confirmed replacing an existing value for the period. */
  confirmReplace?: boolean;
  /**
   * The measure and team as the caller loaded them in the transaction this runs in (a conversation turn),
   * so they are not read again; checked all the same. Ignored unless the ids match measureId and teamId.
   */
  loaded?: LoadedMeasureAndTeam;
}

/** Stored (with the replaced row, if any), or waiting for the user to confirm replacing `existing`. */
export type RecordMeasurementResult =
  | { status: 'stored'; measurement: Measurement; previous: Measurement | null }
  | { status: 'needs_confirmation'; existing: Measurement };

/**
 * Validates and records one measurement in one transaction. Rejects (DomainError) invalid input, CPR-like
 * text in the note, values the measure's unit kind does not allow, a period that has not started or lies
 * outside the collaborative, and a measure the team does not have. Re-entering a period needs confirmReplace.
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
