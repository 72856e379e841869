import { analyze, suggestChart, type AnalysisResult, type ChartType } from '../../analysis';
import {
  baselineOptions,
  type BaselineEvent,
  type Collaborative,
  type Measure,
  type Measurement,
  type Repos,
  type Team,
} from '../../domain';
import { InputError } from '../cli-io';
import { findCollaborative } from '../find-collaborative';

/** What to export; filters combine (all given must match). */
export interface ExportFilter {
  collaborative?: string;
  team?: string;
  measure?: string;
}

/** One team's series of one measure, with its analysis when asked for. */
export interface ExportSeries {
  collaborative: Collaborative;
  team: Team;
  measure: Measure;
  points: Measurement[];
  /** The team's frozen baselines and new periods of the measure, undone ones too (oldest first). */
  baselines: BaselineEvent[];
  analysis?: { chart: ChartType; result: AnalysisResult };
}

/** Chart for the analysis columns: the measure's suggested SPC chart, or `run`. */
export type ExportChart = 'suggested' | 'run';

/** Collects the series that match the filter (chronological); InputError when a filter matches nothing. */
export async function collectSeries(
  repos: Repos,
  filter: ExportFilter,
  analysis: ExportChart | null,
): Promise<{
  collaboratives: Array<{ collaborative: Collaborative; teams: Team[]; measures: Measure[] }>;
  series: ExportSeries[];
}> {
  const collaboratives = filter.collaborative
    ? [await findCollaborative(repos, filter.collaborative)]
    : await repos.collaboratives.list();
  const matches = (ref: string | undefined, ...keys: string[]) =>
    !ref || keys.some((k) => k.toLowerCase() === ref.toLowerCase());
  const scopes = [];
  const series: ExportSeries[] = [];
  const events = await repos.baselines.all();
  for (const collaborative of collaboratives) {
    const teams = (await repos.teams.listByCollaborative(collaborative.id)).filter((t) =>
      matches(filter.team, t.name, t.id),
    );
    const measures = (await repos.measures.listByCollaborative(collaborative.id)).filter((m) =>
      matches(filter.measure, m.code, m.id),
    );
    if (!teams.length || !measures.length) continue;
    scopes.push({ collaborative, teams, measures });
    for (const team of teams) {
      const byMeasure = groupBy(await repos.measurements.listForTeam(team.id), (m) => m.measureId);
      for (const measure of measures) {
        const points = byMeasure.get(measure.id);
        if (!points?.length) continue;
        const baselines = events.filter((e) => e.teamId === team.id && e.measureId === measure.id);
        series.push({
          collaborative,
          team,
          measure,
          points,
          baselines,
          ...(analysis ? { analysis: analyse(measure, points, analysis, baselines) } : {}),
        });
      }
    }
  }
  if ((filter.team || filter.measure) && !scopes.length) {
    const what = [filter.team && `team "${filter.team}"`, filter.measure && `measure "${filter.measure}"`]
      .filter(Boolean)
      .join(' and ');
    throw new InputError(`Nothing matches ${what}${filter.collaborative ? ` in "${filter.collaborative}"` : ''}.`);
  }
  return { collaboratives: scopes, series };
}

function analyse(
  measure: Measure,
  points: Measurement[],
  which: ExportChart,
  events: BaselineEvent[],
): ExportSeries['analysis'] {
  const chart: ChartType =
    which === 'run'
      ? 'run'
      : suggestChart(measure, { y: points.map((p) => p.numerator ?? p.value), n: points.map((p) => p.denominator) });
  // A g chart of counts has one value per event, not per period: export the periods' own c chart instead.
  const shown: ChartType = chart === 'g' && measure.unitKind === 'count' ? 'c' : chart;
  const ratio = shown === 'p' || shown === 'u' || shown === 'pp' || shown === 'up';
  // The team's active freeze and parts, placed on the exported points.
  const active = events.filter((e) => e.undoneAt === null);
  const { options } = baselineOptions(
    points.map((p) => p.periodKey),
    active,
    'da',
  );
  const result = analyze({
    ...options,
    chart: shown,
    y: points.map((p) => (ratio ? p.numerator : p.value)),
    ...(ratio ? { n: points.map((p) => p.denominator) } : {}),
  });
  return { chart: shown, result };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
