import { DomainError } from '../errors';
import { checkMeasurementValues, checkPeriod } from '../measurement-rules';
import type { Actor } from '../model/common';
import { measurementInput, type Measurement } from '../model/measures';
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
}

/** Stored (with the replaced row, if any), or waiting for the user to confirm replacing `existing`. */
export type RecordMeasurementResult =
  | { status: 'stored'; measurement: Measurement; previous: Measurement | null }
  | { status: 'needs_confirmation'; existing: Measurement };

/** Raised inside the transaction when a value appeared meanwhile; rolls the write back. */
class ReplacedWithoutConfirmation extends Error {
  constructor(readonly existing: Measurement) {
    super('replaced without confirmation');
  }
}

/**
 * Validates and records one measurement in one transaction. Rejects (DomainError) invalid input, CPR-like
 * text in the note, values the measure's unit kind does not allow, a period that has not started or lies
 * outside the collaborative, and a measure the team does not have. Re-entering a period needs confirmReplace.
 */
export async function recordMeasurement(store: Store, input: RecordMeasurementInput): Promise<RecordMeasurementResult> {
  const p = parseInput(measurementInput, input);
  try {
    return await store.transaction((tx) => record(tx, input, p));
  } catch (err) {
    if (err instanceof ReplacedWithoutConfirmation) return { status: 'needs_confirmation', existing: err.existing };
    throw err;
  }
}

async function record(
  tx: Repos,
  input: RecordMeasurementInput,
  p: ReturnType<typeof measurementInput.parse>,
): Promise<RecordMeasurementResult> {
  const measure = await tx.measures.get(p.measureId);
  if (!measure) throw new DomainError('UNKNOWN_MEASURE', {});
  const team = await tx.teams.get(p.teamId);
  if (!team) throw new DomainError('UNKNOWN_TEAM', {});
  // A team may report the collaborative's shared measures and its own, nothing else.
  if (measure.collaborativeId !== team.collaborativeId || (measure.teamId !== null && measure.teamId !== team.id))
    throw new DomainError('UNKNOWN_MEASURE', { measure: measure.code });
  const collaborative = await tx.collaboratives.get(measure.collaborativeId);
  if (!collaborative) throw new DomainError('UNKNOWN_COLLABORATIVE', {});
  const values = checkMeasurementValues(measure, p);
  const { periodStart } = checkPeriod(measure, collaborative, p.periodKey, input.actor.at, input.timeZone);
  if (!input.confirmReplace) {
    const existing = await tx.measurements.get(p.measureId, p.teamId, p.periodKey);
    if (existing) return { status: 'needs_confirmation', existing };
  }
  const r = await tx.measurements.put(
    { measureId: p.measureId, teamId: p.teamId, periodKey: p.periodKey, periodStart, ...values, note: p.note },
    input.actor,
  );
  // A concurrent writer stored a value between our check and our write: undo ours and ask the user.
  if (r.previous && !input.confirmReplace) throw new ReplacedWithoutConfirmation(r.previous);
  return { status: 'stored', measurement: r.measurement, previous: r.previous };
}
