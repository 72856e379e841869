import { z } from 'zod';
import {
  ACTIVE_PDSA_PHASES,
  DEFAULT_TIME_ZONE,
  yearIn,
  localDate,
  missingPeriods,
  periodLabel,
  type Collaborative,
  type Measure,
  type Team,
} from '../../domain';
import { button } from '../../cards/button';
import { teamStatusCard, type StatusMeasure } from '../../cards/builders/team-status-card';
import type { Flow, FlowContext } from '../flow';
import { formatDisplay, formatGoal, formatMeasurement, toDisplay } from '../../reporting/format-measure-value';
import { parseData } from '../parse-data';
import { phaseStatus } from '../pdsa/cycle-card';
import { checkTeamPermission } from '../permissions';
import { controlChartFor } from '../../reporting/measure-chart';
import { analyseSeries } from '../../reporting/series-analysis';
import { mdcFacts } from '../../reporting/signal-view';
import { actionPlanFacts, teamActionPlanStatus } from '../../reporting/action-plan-status';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

/** How many past periods are checked for missing data, per period kind. */
const LOOK_BACK = { day: 7, week: 8, month: 3 } as const;
/** Most missing periods named on the card. */
const MAX_MISSING_NAMED = 4;

/** `status`: each measure's latest value vs goal, signal, missing past periods; active PDSA cycles and their next due step. */
async function status(ctx: FlowContext, teamId?: string): Promise<Reply[]> {
  const { t, store, locale } = ctx;
  const team = await resolveTeam(ctx, 'team.read', teamId);
  const collaborative = await store.collaboratives.get(team.collaborativeId);
  const measures = await store.measures.listForTeam(team.id);
  const rows: StatusMeasure[] = [];
  for (const measure of measures) rows.push(await measureRow(ctx, team, measure, collaborative));
  const active = (await store.pdsa.listForTeam(team.id, [...ACTIVE_PDSA_PHASES])).map((c) => ({
    title: c.title,
    value: [
      phaseStatus(ctx, c).text,
      ...(c.sponsorHelp ? [t('pdsa.sponsor.statusLine', { request: c.sponsorHelp })] : []),
    ].join(' · '),
  }));
  const canWrite = checkTeamPermission(ctx.memberships, 'measurement.write', team).allowed;
  const today = localDate(ctx.clock.now(), ctx.person.timeZone);
  const plans = await teamActionPlanStatus(store, team.id, today);
  const card = teamStatusCard({
    title: t('status.title', { team: team.name }),
    subtitle: t('status.subtitle', { date: periodLabel(today, locale), count: measures.length }),
    measures: rows,
    pdsaTitle: t('status.pdsaTitle'),
    pdsa: active,
    pdsaEmpty: t('status.pdsaEmpty'),
    actionPlanTitle: t('actionPlan.status.title'),
    actionPlan: actionPlanFacts(plans, t, locale),
    buttons: [
      ...(canWrite ? [button(t('help.button.measure'), 'measurement.form', { teamId: team.id }, 'positive')] : []),
      button(t('help.button.pdsa'), 'pdsa.list', { teamId: team.id }),
      ...(plans.plans ? [button(t('actionPlan.button.list'), 'actionplan.list', { teamId: team.id })] : []),
    ],
  });
  return [{ card }];
}

async function measureRow(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  collaborative: Collaborative | null,
): Promise<StatusMeasure> {
  const { t, locale } = ctx;
  const series = await ctx.store.measurements.series(measure.id, team.id);
  const latest = series.at(-1);
  const year = yearIn(ctx.clock.now(), DEFAULT_TIME_ZONE);
  const facts = [];
  let color: StatusMeasure['color'] = 'Default';
  if (latest) {
    facts.push({
      title: t('status.latest'),
      value: `${formatMeasurement(measure, latest, locale)} – ${periodLabel(latest.periodKey, locale, year)}`,
    });
  } else facts.push({ title: t('status.latest'), value: t('status.noData') });
  const goal = formatGoal(measure, locale);
  if (goal && latest && measure.goal !== null) {
    const shown = toDisplay(measure, latest.value);
    const met = measure.direction === 'higher' ? shown >= measure.goal : shown <= measure.goal;
    facts.push({ title: t('status.goal'), value: t(met ? 'status.goalMet' : 'status.goalNotMet', { goal }) });
    color = met ? 'Good' : 'Attention';
  } else if (goal) facts.push({ title: t('status.goal'), value: goal });
  const events = await ctx.store.baselines.active(team.id, measure.id);
  const analysis = analyseSeries(measure, series, locale, 'run', ctx.clock.now(), events);
  if (analysis.centre !== null)
    facts.push({ title: t('status.median'), value: formatDisplay(measure, analysis.centre, locale) });
  facts.push({ title: t('status.signal'), value: analysis.summary });
  // Variation from the run chart the status describes; assurance needs the control chart's limits.
  const spc = series.length
    ? analyseSeries(measure, series, locale, controlChartFor(measure, series), ctx.clock.now(), events)
    : null;
  if (spc) facts.push(...mdcFacts({ variation: analysis.variation, assurance: spc.assurance }, locale, t));
  const missing = missingPeriods({
    measure,
    recorded: series.map((m) => m.periodKey),
    now: ctx.clock.now(),
    zone: ctx.person.timeZone || DEFAULT_TIME_ZONE,
    lookBack: LOOK_BACK[measure.period],
    collaborative,
    teamCreatedAt: team.createdAt,
  });
  if (missing.length) {
    const named = missing
      .slice(-MAX_MISSING_NAMED)
      .map((k) => periodLabel(k, locale, year))
      .join(', ');
    facts.push({
      title: t('status.missing'),
      value:
        missing.length > MAX_MISSING_NAMED ? t('status.missingMore', { periods: named, count: missing.length }) : named,
    });
    color = 'Attention';
  }
  return {
    title: `${measure.name} (${measure.code})`,
    facts,
    color,
    chart: button(t('measurement.button.chart'), 'chart.show', { teamId: team.id, measureId: measure.id }),
  };
}

const statusSchema = z.object({ teamId: z.string().min(1).max(64).optional() });

/** The team's status at a glance. */
export const statusFlow: Flow = {
  name: 'status',
  commands: [
    {
      words: ['status', 'team status'],
      help: {
        usage: 'status.cmd',
        description: 'status.cmd.text',
        roles: ['member', 'lead', 'sponsor', 'expert', 'tovholder', 'admin'],
      },
      handle: (ctx) => status(ctx),
    },
  ],
  actions: { 'status.show': (ctx, data) => status(ctx, parseData(statusSchema, data).teamId) },
};
