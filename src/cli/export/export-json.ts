import type { AnalysisPoint } from '../../analysis';
import type { Collaborative, Measure, Team } from '../../domain';
import type { ExportSeries } from './export-series';
import type { TeamWork } from './export-team-work';

/** The JSON export: collaboratives with their teams (and their action plans) and measures, and one entry per series (with analysis). */
export function exportJson(
  scopes: Array<{ collaborative: Collaborative; teams: Team[]; measures: Measure[] }>,
  series: ExportSeries[],
  exportedAt: Date,
  work: Map<string, TeamWork> = new Map(),
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  const doc = {
    exportedAt: exportedAt.toISOString(),
    collaboratives: scopes.map(({ collaborative: c, teams, measures }) => ({
      id: c.id,
      name: c.name,
      clinicalArea: c.clinicalArea,
      startDate: c.startDate,
      endDate: c.endDate,
      teams: teams.map(({ id, name, department, region, municipality }) => ({
        id,
        name,
        department,
        region,
        municipality,
        ...work.get(id),
      })),
      measures: measures.map(({ createdAt: _c, collaborativeId: _k, ...m }) => m),
      series: series
        .filter((s) => s.collaborative.id === c.id)
        .map((s) => ({
          team: s.team.name,
          measure: s.measure.code,
          ...(s.analysis ? { chart: s.analysis.chart, parts: s.analysis.result.parts } : {}),
          baselines: s.baselines.map((e) => ({
            kind: e.kind,
            period: e.periodKey,
            who: name(e.createdBy),
            why: e.why,
            date: e.createdAt.toISOString(),
            undoneAt: e.undoneAt?.toISOString() ?? null,
            undoneBy: name(e.undoneBy),
          })),
          points: s.points.map((p, i) => ({
            period: p.periodKey,
            periodStart: p.periodStart,
            value: p.value,
            numerator: p.numerator,
            denominator: p.denominator,
            note: p.note,
            ...(s.analysis ? pointAnalysis(s.analysis.result.points[i]) : {}),
          })),
        })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function pointAnalysis(a: AnalysisPoint | undefined) {
  return a
    ? { cl: a.cl, lcl: a.lcl, ucl: a.ucl, part: a.part, runsSignal: a.runsSignal, sigmaSignal: a.sigmaSignal }
    : {};
}
