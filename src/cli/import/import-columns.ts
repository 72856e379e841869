import { InputError } from '../cli-io';

/** The columns `import` understands; others (e.g. an export's analysis columns) are ignored. */
export const IMPORT_COLUMNS = [
  'collaborative',
  'team',
  'measure',
  'period',
  'value',
  'numerator',
  'denominator',
  'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

// Header names in English, Danish and qicharts2's (y, n), compared folded: lower case, no spaces/_/-, æøå → ae/oe/aa.
const ALIASES: Record<string, ImportColumn> = {
  collaborative: 'collaborative',
  samarbejde: 'collaborative',
  lkt: 'collaborative',
  team: 'team',
  hold: 'team',
  teamnavn: 'team',
  forbedringsteam: 'team',
  measure: 'measure',
  measurecode: 'measure',
  code: 'measure',
  kode: 'measure',
  maal: 'measure',
  indikator: 'measure',
  period: 'period',
  periode: 'period',
  uge: 'period',
  week: 'period',
  dato: 'period',
  date: 'period',
  maaned: 'period',
  month: 'period',
  value: 'value',
  vaerdi: 'value',
  y: 'value',
  numerator: 'numerator',
  taeller: 'numerator',
  denominator: 'denominator',
  naevner: 'denominator',
  n: 'denominator',
  note: 'note',
  bemaerkning: 'note',
  kommentar: 'note',
  comment: 'note',
};

/** Column positions by name. */
export type ColumnIndex = Partial<Record<ImportColumn, number>>;

/** Maps a header row to column positions; throws InputError naming what is missing or doubled. */
export function mapColumns(header: string[]): ColumnIndex {
  const index: ColumnIndex = {};
  const problems: string[] = [];
  header.forEach((name, i) => {
    const column = ALIASES[fold(name)];
    if (!column) return;
    if (index[column] !== undefined) problems.push(`column "${name}" appears twice (as ${column})`);
    else index[column] = i;
  });
  for (const required of ['team', 'measure', 'period'] as const)
    if (index[required] === undefined) problems.push(`missing column "${required}"`);
  if (index.value === undefined && (index.numerator === undefined || index.denominator === undefined))
    problems.push('missing column "value" (or "numerator" and "denominator")');
  if (problems.length)
    throw new InputError(
      `The header row does not fit: ${problems.join('; ')}.\nExpected columns: ${IMPORT_COLUMNS.join(', ')} (value or numerator and denominator).`,
    );
  return index;
}

function fold(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s_-]+/g, '');
}
