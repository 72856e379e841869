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
  baselineOptions,
  currentPeriodKey,
  missingPeriods,
  periodBounds,
  rolesOverTeam,
  shiftPeriod,
  type BaselineEvent,
  type Measure,
  type Measurement,
  type Membership,
  type Repos,
  type Team,
} from '../domain';
import { distinctLabels } from '../cards/distinct-labels';
import { toDisplay } from './format-measure-value';
import { controlChartFor, seriesInput } from './measure-chart';
import { OVERVIEW_PERIODS, overviewPeriods } from './overview-periods';

export { OVERVIEW_PERIODS, overviewLabels, overviewPeriods } from './overview-periods';

/** Longest short team name on the overview (longer ones are cut where they still differ). */
const TEAM_LABEL_LENGTH = 40;
/** "Missing" counts the periods without data among this many most recent completed periods (`missingPeriods`). */
export const RECENT_PERIODS = 8;

/** One team's line of the overview. */
export interface OverviewRow {
  team: Team;
  /** The team's name told apart from the others shown: their shared leading words dropped ("Akut"). */
  label: string;
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

/** Loads and analyses each team's series on one shared period grid (see `overviewPeriods`). */
export async function loadOverviewRows(
  repos: Repos,
  measure: Measure,
  teams: Team[],
  options: { now: Date; timeZone: string; collaborative: { startDate: string; endDate: string } },
): Promise<OverviewRow[]> {
  const current = currentPeriodKey(measure.period, options.now, options.timeZone);
  const firstAllowed = shiftPeriod(current, -OVERVIEW_PERIODS);
  const from = periodBounds(firstAllowed)!.start;
  const all = new Map<string, readonly Measurement[]>();
  const events = new Map<string, BaselineEvent[]>();
  for (const team of teams) {
    all.set(team.id, await repos.measurements.series(measure.id, team.id, { from }));
    events.set(team.id, await repos.baselines.active(team.id, measure.id));
  }
  if (measure.scope === 'optional') teams = teams.filter((team) => all.get(team.id)!.length > 0);
  const periods = overviewPeriods(
    measure,
    [...all.values()].flat().map((m) => m.periodKey),
    current,
    options.collaborative.startDate,
  );
  const goal = measure.goal; // stored in display units

  const labels = distinctLabels(
    teams.map((team) => team.name),
    TEAM_LABEL_LENGTH,
  );
  return teams.map((team, t) => {
    const series = all.get(team.id)!;
    const byKey = new Map(series.map((m) => [m.periodKey, m]));
    const values = periods.map((k) => (byKey.has(k) ? toDisplay(measure, byKey.get(k)!.value) : null));
    // The team's frozen baseline and new periods apply here as on its own chart (labels are not drawn here).
    const baseline = (keys: readonly string[]) => baselineOptions(keys, events.get(team.id)!, 'da').options;
    const analysis = analyze({ chart: 'run', y: values, ...baseline(periods) });
    const latest = series.at(-1) ?? null;
    const last = findSignals(analysis).at(-1);
    const signal = last?.shifts.length ? 'shift' : last?.fewCrossings ? 'crossings' : null;
    const goalMet =
      goal === null || !latest
        ? null
        : measure.direction === 'higher'
          ? toDisplay(measure, latest.value) >= goal
          : toDisplay(measure, latest.value) <= goal;
    const missing = missingPeriods({
      measure,
      recorded: series.map((m) => m.periodKey),
      now: options.now,
      zone: options.timeZone,
      lookBack: RECENT_PERIODS,
      collaborative: options.collaborative,
      teamCreatedAt: team.createdAt,
    }).length;
    const reading = interpret(analysis, { better: measure.direction });
    const control = series.length ? seriesInput(measure, series, controlChartFor(measure, series)) : null;
    const spc = control
      ? analyze({ ...control.input, ...baseline(control.positions.map((i) => series[i]!.periodKey)) })
      : null;
    const scale = spc && plotsProportion(controlChartFor(measure, series)) ? 100 : 1;
    const assurance =
      spc && goal !== null ? interpret(spc, { better: measure.direction, goal: goal / scale }).assurance : null;
    return {
      team,
      label: labels[t]!,
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
