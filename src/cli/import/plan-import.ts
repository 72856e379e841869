import {
  DEFAULT_TIME_ZONE,
  checkMeasurementValues,
  checkPeriod,
  isDomainError,
  measurementInput,
  type Collaborative,
  type Measure,
  type Measurement,
  type MeasurementWrite,
} from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { CellError, cellHasCpr, cellText, CPR_ROW, type Cell } from './import-cell';
import type { ColumnIndex, ImportColumn } from './import-columns';
import type { ImportTable } from './import-table';
import type { ImportTargets } from './import-targets';
import { parseNumberCell } from './parse-number-cell';
import { memoise } from './memoise';
import { parsePeriodCell } from './parse-period-cell';

/** A valid row: what it writes and how that compares with the store. */
export interface PlannedRow {
  line: number;
  write: MeasurementWrite;
  status: 'new' | 'changed' | 'unchanged';
  /** The stored row a `changed` row replaces. */
  previous: Measurement | null;
  /** For the report: the team's name and the measure's code. */
  team: string;
  measure: string;
}

/** Every row of a file, checked: the valid ones and, per invalid row, the reason. */
export interface ImportPlan {
  rows: PlannedRow[];
  errors: Array<{ line: number; reason: string }>;
}

/**
 * Checks every row with the domain rules (team and measure exist, period fits the measure, has started and
 * lies within the collaborative, values fit the unit kind, no CPR number in the note, no duplicate period)
 * and compares it with what is stored. Reads only; writes nothing.
 */
export async function planImport(
  table: ImportTable,
  columns: ColumnIndex,
  targets: ImportTargets,
  opts: { now: Date; onProgress?: (done: number) => void },
): Promise<ImportPlan> {
  const plan: ImportPlan = { rows: [], errors: [] };
  const seen = new Map<string, number>();
  // Period parsing and checks repeat for every team and measure: each distinct (measure, period) once.
  const periods = memoise(
    (measure: Measure, collaborative: Collaborative, c: Cell) => {
      const periodKey = parsePeriodCell(c, measure.period);
      return { periodKey, ...checkPeriod(measure, collaborative, periodKey, opts.now, DEFAULT_TIME_ZONE) };
    },
    (measure, _c, c) => `${measure.id}|${c instanceof Date ? c.toISOString() : String(c)}`,
  );
  for (const [i, row] of table.rows.entries()) {
    const cell = (c: ImportColumn): Cell => (columns[c] === undefined ? null : (row.cells[columns[c]!] ?? null));
    try {
      // Any cell, whatever its column (value cells too: 2405831234 is a valid "value"), refuses the row.
      if (row.cells.some(cellHasCpr)) throw new CellError(CPR_ROW);
      const planned = await planRow(cell, table.decimal, targets, periods);
      const key = `${planned.write.measureId}|${planned.write.teamId}|${planned.write.periodKey}`;
      const first = seen.get(key);
      if (first !== undefined) throw new CellError(`same team, measure and period as line ${first}`);
      seen.set(key, row.line);
      plan.rows.push({ line: row.line, ...planned });
    } catch (err) {
      plan.errors.push({ line: row.line, reason: reasonOf(err) });
    }
    if (opts.onProgress && (i + 1) % 1000 === 0) opts.onProgress(i + 1);
  }
  opts.onProgress?.(table.rows.length);
  return plan;
}

type PeriodOf = (
  measure: Measure,
  collaborative: Collaborative,
  cell: Cell,
) => { periodKey: string; periodStart: string };

async function planRow(
  cell: (c: ImportColumn) => Cell,
  decimal: ',' | '.',
  targets: ImportTargets,
  periodOf: PeriodOf,
): Promise<Omit<PlannedRow, 'line'>> {
  const teamName = required(cell('team'), 'team');
  const { team, collaborative } = targets.team(teamName, cellText(cell('collaborative')));
  const measure = targets.measure(required(cell('measure'), 'measure'), team);
  const { periodKey, periodStart } = periodOf(measure, collaborative, requiredCell(cell('period'), 'period'));
  const raw = readValues(cell, decimal);
  if (measure.unitKind === 'count' || measure.unitKind === 'value') {
    const v = raw.numerator ?? raw.value;
    if (v === null) throw new CellError('value is empty');
    if (measure.unitKind === 'count' && !Number.isInteger(v))
      throw new CellError(`${measure.code} counts events: the value must be a whole number`);
  }
  const values = checkMeasurementValues(measure, raw);
  const write: MeasurementWrite = {
    measureId: measure.id,
    teamId: team.id,
    periodKey,
    periodStart,
    ...values,
    note: readNote(cell('note')),
  };
  const previous = (await targets.existing(measure.id, team.id)).get(periodKey) ?? null;
  const status = !previous ? 'new' : sameValues(previous, write) ? 'unchanged' : 'changed';
  return { write, status, previous, team: team.name, measure: measure.code };
}

// A value cell may hold "18/22" for numerator/denominator.
function readValues(cell: (c: ImportColumn) => Cell, decimal: ',' | '.') {
  const raw = cellText(cell('value'));
  const fraction = raw?.match(/^([^/]+)\/([^/]+)$/);
  if (fraction) {
    return {
      value: null,
      numerator: parseNumberCell(fraction[1]!.trim(), decimal, 'numerator'),
      denominator: parseNumberCell(fraction[2]!.trim(), decimal, 'denominator'),
    };
  }
  return {
    value: parseNumberCell(cell('value'), decimal, 'value'),
    numerator: parseNumberCell(cell('numerator'), decimal, 'numerator'),
    denominator: parseNumberCell(cell('denominator'), decimal, 'denominator'),
  };
}

function readNote(c: Cell): string | null {
  if (c === null) return null;
  const note = measurementInput.shape.note.safeParse(cellText(c));
  if (note.success) return note.data;
  throw new CellError(
    note.error.issues.some((i) => i.message === 'CPR_NUMBER_REFUSED')
      ? CPR_ROW
      : 'the note is longer than 1000 characters',
  );
}

function sameValues(a: Measurement, b: MeasurementWrite): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.note === b.note;
}

function required(c: Cell, column: string): string {
  const text = cellText(c);
  if (text === null) throw new CellError(`${column} is empty`);
  return text;
}

function requiredCell(c: Cell, column: string): Cell {
  required(c, column);
  return c;
}

function reasonOf(err: unknown): string {
  if (err instanceof CellError) return err.message;
  if (isDomainError(err)) return createTranslator('en')(`error.${err.code}`, err.params);
  throw err;
}
