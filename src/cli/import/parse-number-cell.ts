import { CellError, cellText, quoteCell, type Cell } from './import-cell';

// Danish files (semicolon-separated) write `3,5` and `1.234,5`; ISO/English files write `3.5` and `1,234.5`.
// A number in the "other" style is still understood when it cannot be misread (`3.5` in a Danish file).
const INT = /^[+-]?\d+$/;
const DA_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const EN_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;
const POINT_DECIMAL = /^[+-]?\d*\.\d+$/;

/** A number from a cell; null for an empty cell. `decimal` is the file's decimal separator. */
export function parseNumberCell(cell: Cell, decimal: ',' | '.', column: string): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellError(`${column} is not a number`);
    return cell;
  }
  const text = cellText(cell);
  if (text === null) return null;
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  let normal: string | null = null;
  if (INT.test(s)) normal = s;
  else if (decimal === ',' && DA_THOUSANDS.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (decimal === '.' && EN_THOUSANDS.test(s)) normal = s.replace(/,/g, '');
  else if (COMMA_DECIMAL.test(s)) normal = s.replace(',', '.');
  else if (POINT_DECIMAL.test(s)) normal = s;
  if (normal === null) {
    const hint = s.endsWith('%') ? ' (percentages are not accepted: give numerator and denominator)' : '';
    throw new CellError(`${column} ${quoteCell(text)} is not a number${hint}`);
  }
  return Number(normal);
}
