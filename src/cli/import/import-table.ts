import type { Cell } from './import-cell';

/** A table read from a CSV or Excel file: header cells and data rows with their line (row) numbers. */
export interface ImportTable {
  header: string[];
  rows: Array<{ line: number; cells: Cell[] }>;
  /** The file's decimal separator for numbers written as text. */
  decimal: ',' | '.';
  /** How the file was read, for the report: "semicolon-separated, decimal comma". */
  description: string;
}
