import { latestPartPoints, type ChartType } from '../../analysis';
import { DEFAULT_TIME_ZONE, periodLabel, yearIn, type Measure, type Team } from '../../domain';
import { button } from '../../cards/button';
import { runChartCard } from '../../cards/builders/run-chart-card';
import { pdsaAnnotations } from '../../reporting/chart-service';
import type { FlowContext } from '../flow';
import { formatDisplay, formatGoal, formatMeasurement } from '../../reporting/format-measure-value';
import { checkTeamPermission } from '../permissions';
import { controlChartFor } from '../../reporting/measure-chart';
import { mdcFacts, signalColor, signalTitleKey } from '../../reporting/signal-view';
import { analyseSeries } from '../../reporting/series-analysis';
import type { Reply } from '../turn';

/**
 * The chart card of a measure for a team: the image by signed URL with alt text, latest value, centre,
 * goal, the signal in plain words, PDSA cycles as annotations, and buttons to log, switch chart, start a PDSA.
 */
export async function chartReply(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  chart: ChartType = 'run',
): Promise<Reply> {
  const { t, locale, store } = ctx;
  const series = await store.measurements.series(measure.id, team.id);
  const events = await store.baselines.active(team.id, measure.id);
  const analysis = analyseSeries(measure, series, locale, chart, ctx.clock.now(), events);
  const chartName = t(`chart.type.${chart}`);
  const latest = series.at(-1);
  const facts = [];
  if (latest) {
    facts.push({
      title: t('chart.fact.latest'),
      value: `${formatMeasurement(measure, latest, locale)} – ${periodLabel(latest.periodKey, locale, yearIn(ctx.clock.now(), DEFAULT_TIME_ZONE))}`,
    });
  }
  if (analysis.centre !== null) {
    facts.push({
      title: t(chart === 'run' ? 'chart.fact.median' : 'chart.fact.mean'),
      value: formatDisplay(measure, analysis.centre, locale),
    });
  }
  const goal = formatGoal(measure, locale);
  if (goal)
    facts.push({ title: t('chart.fact.goal'), value: `${goal} (${t(`chart.direction.${measure.direction}`)})` });
  // The analysis's own count (latest part, values only), the number its summary names too.
  facts.push({ title: t('chart.fact.points'), value: String(latestPartPoints(analysis.result)) });
  facts.push(...mdcFacts(analysis, locale, t));

  const marks = await pdsaAnnotations(store, measure, team.id, analysis.starts);
  const annotations = marks.map((mark) => ({
    title: mark.label,
    value: t('chart.annotation', {
      title: mark.cycle.title,
      phase: t(`pdsa.phase.${mark.cycle.phase}`),
      since: analysis.labels[mark.index] ?? '',
    }),
  }));

  const canWrite = checkTeamPermission(ctx.memberships, 'measurement.write', team).allowed;
  const spc = controlChartFor(measure, series);
  const other: ChartType = chart === 'run' ? spc : 'run';
  const buttons = [
    ...(canWrite
      ? [button(t('chart.button.log'), 'measurement.form', { teamId: team.id, measureId: measure.id }, 'positive')]
      : []),
    button(t('chart.button.switch', { chart: t(`chart.type.${other}`) }), 'chart.show', {
      teamId: team.id,
      measureId: measure.id,
      chart: other,
    }),
    ...(canWrite && checkTeamPermission(ctx.memberships, 'pdsa.write', team).allowed
      ? [button(t('chart.button.pdsa'), 'pdsa.new', { teamId: team.id })]
      : []),
  ];
  const alt = t('chart.alt', { chart: chartName, measure: measure.name, team: team.name, summary: analysis.summary });
  const card = runChartCard({
    title: `${measure.name} (${measure.code})`,
    subtitle: `${team.name} · ${chartName}`,
    imageUrl: ctx.charts.url({ measureId: measure.id, teamId: team.id, chart, size: 'full', locale }),
    altText: alt,
    facts,
    signalTitle: t(signalTitleKey(analysis)),
    signalText: analysis.summary,
    signalColor: signalColor(analysis),
    annotationsTitle: t('chart.annotations'),
    annotations,
    buttons,
  });
  return { card, charts: [{ measureId: measure.id, teamId: team.id, chart, size: 'full', alt }] };
}
