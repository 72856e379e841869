import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/model/common';
import { isoDate } from '../../domain/model/common';
import { measurementInput, type Measurement } from '../../domain/model/measures';
import type { MeasurementWrite } from '../../domain/ports/measure-repos';
import { periodBounds } from '../../domain/periods';
import { parseInput } from '../../domain/use-cases/parse-input';
import { date, iso, newId } from '../codec';
import type { Database, MeasurementTable } from '../tables';

/** A measurement as the store accepts it: the domain input plus the computed value and period start. */
const measurementWrite = measurementInput.extend({ value: z.number().finite(), periodStart: isoDate });

const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 64;
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * True for a write that `measurementWrite` would accept unchanged: plain ids and numbers and no note. Bulk
 * imports take this shortcut (zod costs ~5 µs a row); anything else, and every note, goes through zod.
 */
function isPlainWrite(
  m: MeasurementWrite,
): m is MeasurementWrite & { note: null; numerator: number | null; denominator: number | null } {
  return (
    isId(m.measureId) &&
    isId(m.teamId) &&
    typeof m.periodKey === 'string' &&
    m.periodKey.length >= 4 &&
    m.periodKey.length <= 12 &&
    typeof m.value === 'number' &&
    Number.isFinite(m.value) &&
    isNumberOrNull(m.numerator) &&
    isNumberOrNull(m.denominator) &&
    m.note === null &&
    typeof m.periodStart === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(m.periodStart)
  );
}

/** A measurements row. */
export type Row = Selectable<MeasurementTable>;

/** A stored row as a domain Measurement. */
export function toMeasurement(r: Row): Measurement {
  return {
    id: r.id,
    measureId: r.measure_id,
    teamId: r.team_id,
    periodKey: r.period_key,
    periodStart: r.period_start,
    value: Number(r.value),
    numerator: r.numerator === null ? null : Number(r.numerator),
    denominator: r.denominator === null ? null : Number(r.denominator),
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: date(r.recorded_at),
  };
}

/**
 * Validates one write (CPR guard on the note included) and returns its row. `starts` caches period starts
 * so a bulk import computes each period key's bounds once.
 */
export function measurementRow(m: MeasurementWrite, actor: Actor, starts?: Map<string, string | null>): Row {
  const p = isPlainWrite(m) ? m : parseInput(measurementWrite, m);
  let start = starts?.get(p.periodKey);
  if (start === undefined) {
    start = periodBounds(p.periodKey)?.start ?? null;
    starts?.set(p.periodKey, start);
  }
  if (start !== p.periodStart) throw new DomainError('INVALID_PERIOD', { period: p.periodKey });
  return {
    id: newId(),
    measure_id: p.measureId,
    team_id: p.teamId,
    period_key: p.periodKey,
    period_start: p.periodStart,
    value: p.value,
    numerator: p.numerator,
    denominator: p.denominator,
    note: p.note,
    recorded_by: actor.personId,
    recorded_at: iso(actor.at),
  };
}

/** Throws UNKNOWN_MEASURE / UNKNOWN_TEAM unless every referenced measure and team exists. */
export async function requireMeasuresAndTeams(
  db: Kysely<Database>,
  measureIds: string[],
  teamIds: string[],
): Promise<void> {
  const ms = new Set(measureIds);
  const ts = new Set(teamIds);
  const foundM = await db
    .selectFrom('measures')
    .select('id')
    .where('id', 'in', [...ms])
    .execute();
  if (foundM.length !== ms.size) throw new DomainError('UNKNOWN_MEASURE', {});
  const foundT = await db
    .selectFrom('teams')
    .select('id')
    .where('id', 'in', [...ts])
    .execute();
  if (foundT.length !== ts.size) throw new DomainError('UNKNOWN_TEAM', {});
}
