import type { Actor } from '../model/common';
import type { Measure, MeasureInput, Measurement } from '../model/measures';
import type { Team } from '../model/organisation';

/** Measures: shared by a collaborative (teamId null) or team-specific. */
export interface MeasureRepo {
  create(input: MeasureInput, actor: Actor): Promise<Measure>;
  update(id: string, patch: Partial<MeasureInput>, actor: Actor): Promise<Measure>;
  get(id: string): Promise<Measure | null>;
  /** Case-insensitive code lookup within a collaborative. */
  findByCode(collaborativeId: string, code: string): Promise<Measure | null>;
  /** The collaborative's shared measures plus the team's own. */
  listForTeam(teamId: string): Promise<Measure[]>;
  listByCollaborative(collaborativeId: string): Promise<Measure[]>;
}

/** A measurement as written by the core after validation (value already computed). */
export type MeasurementWrite = Omit<Measurement, 'id' | 'recordedAt' | 'recordedBy'>;

/**
 * The measure and team of a write as the caller loaded them in the same transaction: proof that both exist,
 * so the repo skips reading them again (a round trip on PostgreSQL). Used only when the ids match the write's.
 */
export interface LoadedMeasureAndTeam {
  measure: Measure;
  team: Team;
}

/** Measurements: one per (measure, team, period). */
export interface MeasurementRepo {
  get(measureId: string, teamId: string, periodKey: string): Promise<Measurement | null>;
  /** Insert or replace; the replaced row goes to the audit log. Returns the stored row and the previous one. */
  put(
    m: MeasurementWrite,
    actor: Actor,
    loaded?: LoadedMeasureAndTeam,
  ): Promise<{ measurement: Measurement; previous: Measurement | null }>;
  /**
   * Inserts (audited) unless the period has a value already; then writes nothing and returns that value.
   * Atomic: a concurrent insert of the same key is waited for and reported as `exists`.
   */
  add(
    m: MeasurementWrite,
    actor: Actor,
    loaded?: LoadedMeasureAndTeam,
  ): Promise<{ status: 'stored'; measurement: Measurement } | { status: 'exists'; existing: Measurement }>;
  /** Restores a previous value (undo) or deletes when `previous` is null; audited. */
  restore(
    key: { measureId: string; teamId: string; periodKey: string },
    previous: Measurement | null,
    actor: Actor,
  ): Promise<void>;
  /** Chronological series of one measure for one team, optionally limited to period starts in [from, to]. */
  series(measureId: string, teamId: string, range?: { from?: string; to?: string }): Promise<readonly Measurement[]>;
  /** Bulk insert-or-replace in one transaction (import, seed); audited as one entry per row. Returns rows written. */
  putMany(ms: MeasurementWrite[], actor: Actor): Promise<number>;
  /** Every measurement of a team (all measures), chronological. */
  listForTeam(teamId: string): Promise<Measurement[]>;
  /** Measurements recorded by one person (data-protection export). */
  listRecordedBy(personId: string): Promise<Measurement[]>;
}
