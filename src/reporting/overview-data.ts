import {
  analyze,
  findSignals,
  interpret,
  plotsProportion,
  type AnalysisResult,
  type Assurance,
  type Tone,
  type Variation,
} from '../analysis';
import {
  currentPeriodKey,
  periodBounds,
  periodKeyOfDate,
  periodLabel,
  periodRange,
  rolesOverTeam,
  shiftPeriod,
  type Locale,
  type Measure,
  type Measurement,
  type Membership,
  type Repos,
  type Team,
} from '../domain';
import { toDisplay } from './format-measure-value';
import { controlChartFor, seriesInput } from './measure-chart';

/** The overview charts show at most this many periods (two years of weeks). */
export const OVERVIEW_PERIODS = 104;
/** "Missing" counts the periods without data among this many most recent completed periods. */
export const RECENT_PERIODS = 8;

/** One team's line of the overview. */
export interface OverviewRow {
  team: Team;
  /** Period keys of the chart, the same for every team. */
  periods: string[];
  /** Plotted values in display units (percent for proportions, × multiplier for rates); null = no data. */
  values: Array<number | null>;
  analysis: AnalysisResult;
  latest: Measurement | null;
  /** Latest value compared with the goal in the measure's direction; null without goal or data. */
  goalMet: boolean | null;
  /** The latest part's runs signal: an unusually long run (shift), unusually few crossings, or none. */
  signal: 'shift' | 'crossings' | null;
  /** What the latest signal means in the measure's direction (null without one), and the MDC icons. */
  tone: Tone | null;
  variation: Variation;
  /** From the measure's control chart limits against the goal; null without a goal or data. */
  assurance: Assurance | null;
  missing: number;
}

/**
 * The teams whose run charts a person may see side by side: tovholdere (their region, when regional),
 * experts and admins see the collaborative's teams; sponsors their own teams only. Members and leads
 * without one of those roles see none. An optional measure shows only teams reporting it.
 */
export async function overviewTeams(repos: Repos, memberships: Membership[], measure: Measure): Promise<Team[]> {
  const teams = measure.teamId
    ? [await repos.teams.get(measure.teamId)].filter((t): t is Team => t !== null)
    : await repos.teams.listByCollaborative(measure.collaborativeId);
  const visible = teams.filter((team) =>
    rolesOverTeam(memberships, team).some(
      (r) => r === 'tovholder' || r === 'expert' || r === 'admin' || r === 'sponsor',
    ),
  );
  return visible.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Loads and analyses each team's series on a common period grid ending with the last completed period. */
export async function loadOverviewRows(
  repos: Repos,
  measure: Measure,
  teams: Team[],
  options: { now: Date; timeZone: string; collaborativeStart: string },
): Promise<OverviewRow[]> {
  const current = currentPeriodKey(measure.period, options.now, options.timeZone);
  const lastDone = shiftPeriod(current, -1);
  const firstAllowed = shiftPeriod(lastDone, -(OVERVIEW_PERIODS - 1));
  const from = periodBounds(firstAllowed)!.start;
  const all = new Map<string, Measurement[]>();
  for (const team of teams) all.set(team.id, await repos.measurements.series(measure.id, team.id, { from }));
  if (measure.scope === 'optional') teams = teams.filter((team) => all.get(team.id)!.length > 0);

  const keys = [...all.values()].flat().map((m) => m.periodKey);
  const hasCurrent = keys.includes(current);
  const end = hasCurrent ? current : lastDone;
  const earliest = keys.reduce((a, b) => (periodBounds(b)!.start < periodBounds(a)!.start ? b : a), end);
  const start = periodBounds(earliest)!.start < from ? firstAllowed : earliest;
  const periods = periodRange(start, end).slice(-OVERVIEW_PERIODS);
  const startKey = periodKeyOfDate(measure.period, options.collaborativeStart);
  const recent = periodRange(shiftPeriod(lastDone, -(RECENT_PERIODS - 1)), lastDone).filter(
    (k) => periodBounds(k)!.end >= periodBounds(startKey)!.start,
  );
  const goal = measure.goal; // stored in display units

  return teams.map((team) => {
    const series = all.get(team.id)!;
    const byKey = new Map(series.map((m) => [m.periodKey, m]));
    const values = periods.map((k) => (byKey.has(k) ? toDisplay(measure, byKey.get(k)!.value) : null));
    const analysis = analyze({ chart: 'run', y: values });
    const latest = series.at(-1) ?? null;
    const last = findSignals(analysis).at(-1);
    const signal = last?.shifts.length ? 'shift' : last?.fewCrossings ? 'crossings' : null;
    const goalMet =
      goal === null || !latest
        ? null
        : measure.direction === 'higher'
          ? toDisplay(measure, latest.value) >= goal
          : toDisplay(measure, latest.value) <= goal;
    const missing = recent.filter((k) => !byKey.has(k)).length;
    const reading = interpret(analysis, { better: measure.direction });
    const spc = series.length ? analyze(seriesInput(measure, series, controlChartFor(measure, series)).input) : null;
    const scale = spc && plotsProportion(controlChartFor(measure, series)) ? 100 : 1;
    const assurance =
      spc && goal !== null ? interpret(spc, { better: measure.direction, goal: goal / scale }).assurance : null;
    return {
      team,
      periods,
      values,
      analysis,
      latest,
      goalMet,
      signal,
      tone: reading.tone,
      variation: reading.variation,
      assurance,
      missing,
    };
  });
}

/** Period labels of the grid (`uge 47`, `nov. 2026`). */
export function overviewLabels(rows: OverviewRow[], locale: Locale): string[] {
  return (rows[0]?.periods ?? []).map((k) => periodLabel(k, locale));
}
