/** CSV dialects: `standard` (comma, decimal point; R, qicharts2, English Excel) or `excel-da` (Danish Excel). */
export type CsvDialect = 'standard' | 'excel-da';

/**
 * Writes one CSV line (RFC 4180 quoting). Numbers are written in full precision with the dialect's decimal
 * separator; null is an empty field. Hand-written: the quoting rule is four lines, and no CSV writer is a
 * dependency (csv-parse only reads).
 */
export function csvLine(fields: Array<string | number | boolean | null>, dialect: CsvDialect): string {
  const sep = dialect === 'excel-da' ? ';' : ',';
  return fields
    .map((f) => {
      if (f === null) return '';
      const s = typeof f === 'number' && dialect === 'excel-da' ? String(f).replace('.', ',') : String(f);
      return s.includes(sep) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(sep);
}

/** The start of a file in the dialect: Danish Excel needs a BOM to read UTF-8 (æ, ø, å). */
export function csvPreamble(dialect: CsvDialect): string {
  return dialect === 'excel-da' ? '\uFEFF' : '';
}
