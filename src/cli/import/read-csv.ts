import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { ImportTable } from './import-table';

const DELIMITERS = [';', ',', '\t'] as const;
const NAMES: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/**
 * Reads a CSV file: UTF-8 (with or without BOM) or, when not valid UTF-8, Windows-1252 (what Danish Excel's
 * plain "CSV" writes). The delimiter is the one of ; , TAB that occurs most in the header line; a
 * semicolon-separated file uses the decimal comma (Danish Excel), others the decimal point.
 */
export async function readCsv(path: string): Promise<ImportTable> {
  const text = decode(await readFile(path));
  const delimiter = detectDelimiter(firstLine(text));
  const records = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [head, ...rest] = records;
  const decimal = delimiter === ';' ? ',' : '.';
  return {
    header: head?.record ?? [],
    rows: rest.map((r) => ({ line: r.info.lines, cells: r.record.map((c) => (c === '' ? null : c)) })),
    decimal,
    description: `${NAMES[delimiter]}-separated, decimal ${decimal === ',' ? 'comma' : 'point'}`,
  };
}

/** The delimiter that occurs most often outside quotes in a line; comma when none does. */
export function detectDelimiter(line: string): (typeof DELIMITERS)[number] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: (typeof DELIMITERS)[number] = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

function firstLine(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/^\s*\n/, '');
  const end = body.search(/\r?\n/);
  return end === -1 ? body : body.slice(0, end);
}
