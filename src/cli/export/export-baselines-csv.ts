import { csvLine, csvPreamble, type CsvDialect } from './csv-writer';
import type { ExportSeries } from './export-series';

const COLUMNS = ['collaborative', 'team', 'measure', 'kind', 'period', 'who', 'why', 'date', 'undone_at', 'undone_by'];

/**
 * One row per frozen baseline or new period (`kind` freeze or part) of the exported series, undone ones too:
 * who set it (by name; empty for the setup import), why, when, and when and by whom it was undone.
 */
export function exportBaselinesCsv(
  series: ExportSeries[],
  names: ReadonlyMap<string, string>,
  dialect: CsvDialect,
): string {
  const lines = [csvLine(COLUMNS, dialect)];
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  for (const s of series) {
    for (const e of s.baselines) {
      lines.push(
        csvLine(
          [
            s.collaborative.name,
            s.team.name,
            s.measure.code,
            e.kind,
            e.periodKey,
            name(e.createdBy),
            e.why,
            e.createdAt.toISOString(),
            e.undoneAt?.toISOString() ?? null,
            name(e.undoneBy),
          ],
          dialect,
        ),
      );
    }
  }
  return `${csvPreamble(dialect)}${lines.join('\n')}\n`;
}

/** Display names of everyone who set or undid an exported event, by person id. */
export async function baselinePeople(
  series: ExportSeries[],
  personName: (id: string) => Promise<string | null>,
): Promise<Map<string, string>> {
  const ids = new Set(series.flatMap((s) => s.baselines.flatMap((e) => [e.createdBy, e.undoneBy])));
  const out = new Map<string, string>();
  for (const id of ids) if (id) out.set(id, (await personName(id)) ?? '');
  return out;
}
