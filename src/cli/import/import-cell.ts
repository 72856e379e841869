import { containsCpr, numberText, redactCpr } from '../../domain';

/** A cell as read from CSV (text) or Excel (number, text, date); null when empty. */
export type Cell = string | number | Date | null;

/** A row problem the operator can fix; the message never repeats CPR-like text from the file. */
export class CellError extends Error {
  override name = 'CellError';
}

/** The text of a cell, trimmed; null when empty. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const s = String(cell).trim();
  return s === '' ? null : s;
}

/** A cell's text for an error message: quoted, shortened, with anything CPR-like removed. */
export function quoteCell(text: string): string {
  const safe = redactCpr(text);
  return `"${safe.length > 40 ? `${safe.slice(0, 40)}…` : safe}"`;
}

/** The reason given for a row with a CPR-like cell (never the cell itself). */
export const CPR_ROW = 'a cell looks like it contains a CPR number; such rows are never imported';

/** True when a cell holds a CPR-like number: as text, or as a spreadsheet number that lost its leading zero. */
export function cellHasCpr(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && containsCpr(numberText(cell));
  const text = cellText(cell);
  return text !== null && containsCpr(text);
}
