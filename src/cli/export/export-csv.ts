import type { ExportSeries } from './export-series';
import { csvLine, csvPreamble, type CsvDialect } from './csv-writer';

const BASE = [
  'collaborative',
  'team',
  'measure',
  'measure_name',
  'unit_kind',
  'period',
  'period_start',
  'value',
  'numerator',
  'denominator',
  'note',
];
const ANALYSIS = ['chart', 'part', 'cl', 'lcl', 'ucl', 'runs_signal', 'sigma_signal'];

/**
 * One row per measurement, long format: loads into R (`read.csv` → `qic(period_start, numerator, denominator,
 * data = subset(d, measure == "OP24"), facets = ~ team, chart = "p")`) and Excel, and back through `import`.
 * `value` is the plotted value (a proportion 0–1). With analysis: chart, part, centre, limits and signals.
 */
export function exportCsv(series: ExportSeries[], dialect: CsvDialect, withAnalysis: boolean): string {
  const lines = [csvLine(withAnalysis ? [...BASE, ...ANALYSIS] : BASE, dialect)];
  for (const s of series) {
    s.points.forEach((p, i) => {
      const base = [
        s.collaborative.name,
        s.team.name,
        s.measure.code,
        s.measure.name,
        s.measure.unitKind,
        p.periodKey,
        p.periodStart,
        p.value,
        p.numerator,
        p.denominator,
        p.note,
      ];
      const a = s.analysis?.result.points[i];
      const extra = withAnalysis
        ? [
            s.analysis?.chart ?? null,
            a?.part ?? null,
            a?.cl ?? null,
            a?.lcl ?? null,
            a?.ucl ?? null,
            a?.runsSignal ?? null,
            a?.sigmaSignal ?? null,
          ]
        : [];
      lines.push(csvLine([...base, ...extra], dialect));
    });
  }
  return `${csvPreamble(dialect)}${lines.join('\n')}\n`;
}
