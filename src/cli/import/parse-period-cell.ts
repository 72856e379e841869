import { DateTime } from 'luxon';
import { periodBounds, periodKeyOfDate, type PeriodKind } from '../../domain';
import { CellError, cellText, quoteCell, type Cell } from './import-cell';

/** What a period cell names: a calendar day, an ISO week or a month (as period keys). */
type PeriodSpec = { kind: PeriodKind; key: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * The period key for a measure of `kind` from a cell. Accepts ISO `2026-W47`, `2026W47`, Danish `uge 47 2026`,
 * `u47-2026`, `2026 uge 47`; dates `2026-11-23`, `23-11-2026`, `23.11.2026`, `23/11/2026` (also with a
 * two-digit year) and Excel dates; months `2026-11`, `11-2026`, `nov 2026`. A date counts as the week or
 * month containing it; a week cannot be a month or a day, nor a month a week or a day.
 */
export function parsePeriodCell(cell: Cell, kind: PeriodKind): string {
  const spec = parseSpec(cell);
  if (!spec) throw new CellError(`period ${quoteCell(cellText(cell) ?? '')} is not a date, ISO week or month`);
  if (spec.kind === kind) return spec.key;
  if (spec.kind === 'day') return periodKeyOfDate(kind, spec.key);
  throw new CellError(`period ${spec.key} is a ${spec.kind}, but the measure is reported per ${kind}`);
}

function parseSpec(cell: Cell): PeriodSpec | null {
  if (cell instanceof Date) return day(DateTime.fromJSDate(cell, { zone: 'utc' }));
  const text = cellText(cell)?.toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  for (const [pattern, spec] of SHAPES) {
    const m = text.match(pattern);
    if (m) return spec(m);
  }
  return null;
}

/** The text shapes of a period cell, tried in order: a pattern and the period its groups name. */
const SHAPES: [RegExp, (m: RegExpMatchArray) => PeriodSpec | null][] = [
  [/^(\d{4})-?w(\d{1,2})$/, (m) => week(m[1]!, m[2]!)],
  [/^(?:uge|u|week|w)\.? ?(\d{1,2})[ ,/-]*(\d{4})$/, (m) => week(m[2]!, m[1]!)],
  [/^(\d{4})[ ,/-]*(?:uge|u|week|w)\.? ?(\d{1,2})$/, (m) => week(m[1]!, m[2]!)],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => date(m[1]!, m[2]!, m[3]!)],
  [/^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$/, (m) => date(m[3]!, m[2]!, m[1]!)],
  [/^(\d{4})-(\d{1,2})$/, (m) => month(m[1]!, Number(m[2]))],
  [/^(\d{1,2})[-/.](\d{4})$/, (m) => month(m[2]!, Number(m[1]))],
  [/^([a-zæøå]{3})[a-zæøå]*\.? (\d{4})$/, (m) => (MONTHS[m[1]!] ? month(m[2]!, MONTHS[m[1]!]!) : null)],
];

function week(year: string, w: string): PeriodSpec | null {
  const key = `${year}-W${w.padStart(2, '0')}`;
  return periodBounds(key) ? { kind: 'week', key } : null;
}

function date(y: string, mo: string, d: string): PeriodSpec | null {
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  return day(DateTime.fromObject({ year, month: Number(mo), day: Number(d) }, { zone: 'utc' }));
}

function day(d: DateTime): PeriodSpec | null {
  return d.isValid ? { kind: 'day', key: d.toISODate()! } : null;
}

function month(year: string, m: number): PeriodSpec | null {
  if (m < 1 || m > 12) return null;
  return { kind: 'month', key: `${year}-${String(m).padStart(2, '0')}` };
}
