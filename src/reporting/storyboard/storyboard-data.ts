import type { ChartInput } from '../../charts';
import { localDate, type Locale, type PdsaCycle, type Seminar, type Store, type Team } from '../../domain';
import { pdsaAnnotations } from '../chart-service';
import { analyseSeries } from '../series-analysis';
import { teamActionPlanStatus, type TeamActionPlanStatus } from '../action-plan-status';

/** At most this many charts fit on one board (a 2 × 2 grid). */
export const STORYBOARD_CHARTS = 4;

/** Everything one team's storyboard shows, before it is laid out. */
export interface StoryboardData {
  team: Team;
  seminar: Seminar;
  locale: Locale;
  /** The team's charts with data (outcome measures first), each with its signal and PDSA markers. */
  charts: Array<{ input: ChartInput; signal: boolean }>;
  /** The team's PDSA cycles, oldest first, numbered as on the charts. */
  cycles: Array<{ number: number; cycle: PdsaCycle }>;
  /** The team's action-plan steps: open and overdue as of the day the board is drawn. */
  actionPlan: TeamActionPlanStatus;
  /** The team lead's learning text, or null when none was written. */
  learning: string | null;
}

const TYPE_ORDER = { outcome: 0, process: 1, balancing: 2 } as const;

/** Loads a team's storyboard for a seminar at `now`: charts (analysed, PDSA-marked), cycles, action plans, learning. */
export async function loadStoryboard(
  store: Store,
  input: { seminar: Seminar; team: Team; locale: Locale; now: Date },
): Promise<StoryboardData> {
  const { seminar, team, locale, now } = input;
  const measures = (await store.measures.listForTeam(team.id)).sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
  const cycles = (await store.pdsa.listForTeam(team.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((cycle, i) => ({ number: i + 1, cycle }));
  // The board numbers cycles across the team, so a chart's "PDSA 3" is the third cycle in the list beside it.
  const numberOf = new Map(cycles.map((c) => [c.cycle.id, c.number]));
  const charts: StoryboardData['charts'] = [];
  for (const measure of measures) {
    if (charts.length >= STORYBOARD_CHARTS) break;
    const series = await store.measurements.series(measure.id, team.id);
    if (series.length === 0) continue;
    const events = await store.baselines.active(team.id, measure.id);
    const analysis = analyseSeries(measure, series, locale, 'run', undefined, events);
    const annotations = (await pdsaAnnotations(store, measure, team.id, analysis.starts)).map(({ index, cycle }) => ({
      index,
      label: `PDSA ${numberOf.get(cycle.id)}`,
    }));
    charts.push({
      signal: analysis.signal,
      input: {
        analysis: analysis.result,
        periodLabels: analysis.labels,
        measureName: measure.name,
        unit: measure.unit ?? undefined,
        quantity: measure.unitKind,
        goal: analysis.goal,
        annotations,
        baseline: analysis.baseline,
        locale,
      },
    });
  }
  const note = (await store.storyboards.notes(seminar.id)).find((n) => n.teamId === team.id);
  return {
    team,
    seminar,
    locale,
    charts,
    cycles,
    actionPlan: await teamActionPlanStatus(store, team.id, localDate(now)),
    learning: note?.text ?? null,
  };
}
