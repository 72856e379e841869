import ExcelJS from 'exceljs';
import { InputError } from '../cli-io';
import type { Cell } from './import-cell';
import type { ImportTable } from './import-table';

/** Reads the first worksheet (or the named one) of an .xlsx file; the first non-empty row is the header. */
export async function readXlsx(path: string, sheet?: string): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!ws) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    throw new InputError(sheet ? `no worksheet named "${sheet}" (sheets: ${names})` : 'the workbook has no worksheets');
  }
  const rows: Array<{ line: number; cells: Cell[] }> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(toCell);
    if (values.some((v) => v !== null)) rows.push({ line: rowNumber, cells: values });
  });
  const [head, ...rest] = rows;
  return {
    header: (head?.cells ?? []).map((c) => (c === null ? '' : String(c))),
    rows: rest,
    decimal: ',',
    description: `worksheet "${ws.name}"`,
  };
}

// exceljs cell values: primitives, Date, rich text, formulas (with their cached result), hyperlinks, errors.
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return toCell(o.result);
    if (o.text !== undefined) return toCell(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}
