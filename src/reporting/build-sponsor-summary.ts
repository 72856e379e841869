import { DateTime } from 'luxon';
import { interpretMessages, MDC_ICONS } from '../analysis';
import { button } from '../cards/button';
import { sponsorSummaryCard, type SummaryMeasureView } from '../cards/builders/sponsor-summary-card';
import {
  DEFAULT_TIME_ZONE,
  localDate,
  missingPeriods,
  periodLabelAt,
  type BaselineEvent,
  type ChartLinks,
  type Locale,
  type Measure,
  type Measurement,
  type OutgoingMessage,
  type Store,
} from '../domain';
import type { Translator } from '../i18n/translator';
import { formatDisplay, formatGoal, toDisplay } from './format-measure-value';
import { controlChartFor } from './measure-chart';
import { sponsorSections, teamActionPlanStatus } from './action-plan-status';
import { analyseSeries } from './series-analysis';

const WEEK_MS = 7 * 86_400_000;
/** How many closed periods back the "missing data" list looks (`missingPeriods`). */
const MISSING_LOOKBACK = 4;

/** What a sponsor summary is built from. */
export interface SummaryInput {
  store: Store;
  teamId: string;
  now: Date;
  locale: Locale;
  t: Translator;
  zone: string;
  charts: ChartLinks | null;
  /** The subscription's day (1 = Monday) and time, shown in the footer. */
  weekday: number;
  time: string;
}

/**
 * One sponsor's weekly summary of one team: each measure's latest value against its goal with a sparkline,
 * signals (Anhøj rules) that appeared or disappeared in the last 7 days, PDSA cycles started or finished in the
 * last 7 days, recent periods without data, and what the team asks of its sponsor (on PDSA cycles and action-plan
 * steps). Null when the team no longer exists.
 */
export async function buildSponsorSummary(input: SummaryInput): Promise<OutgoingMessage | null> {
  const { store, teamId, now, locale, t } = input;
  const team = await store.teams.get(teamId);
  if (!team) return null;
  const [collaborative, measures, cycles] = await Promise.all([
    store.collaboratives.get(team.collaborativeId),
    store.measures.listForTeam(teamId),
    store.pdsa.listForTeam(teamId),
  ]);
  // One indexed series read per measure (faster than all of the team's measurements in one unindexed scan).
  const byMeasure = new Map<string, readonly Measurement[]>(
    await Promise.all(measures.map(async (m) => [m.id, await store.measurements.series(m.id, teamId)] as const)),
  );
  // The team's frozen baselines and new periods: the summary reads each chart as the team's own chart shows it.
  const eventsOf = new Map<string, BaselineEvent[]>(
    await Promise.all(measures.map(async (m) => [m.id, await store.baselines.active(teamId, m.id)] as const)),
  );
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const rows = [];
  const signals: string[] = [];
  const missing: string[] = [];
  for (const m of measures) {
    const series = byMeasure.get(m.id) ?? [];
    if (m.scope === 'optional' && series.length === 0) continue;
    const events = eventsOf.get(m.id) ?? [];
    rows.push(measureRow(m, series, input, events));
    const change = signalChange(m, series, weekAgo, input, events);
    if (change) signals.push(change);
    const gaps = missingPeriods({
      measure: m,
      recorded: series.map((v) => v.periodKey),
      now,
      zone: DEFAULT_TIME_ZONE,
      lookBack: MISSING_LOOKBACK,
      collaborative,
      teamCreatedAt: team.createdAt,
    });
    if (gaps.length)
      missing.push(
        t('summary.missingItem', {
          measure: m.name,
          periods: gaps.map((k) => periodLabelAt(k, locale, now, input.zone)).join(', '),
        }),
      );
  }
  const recent = (d: Date) => d >= weekAgo;
  const started = cycles.filter((c) => recent(c.createdAt)).map((c) => c.title);
  const finished = cycles.filter((c) => c.phase === 'done' && recent(c.updatedAt)).map((c) => c.title);
  const pdsa = [
    ...(started.length ? [t('summary.pdsaStarted', { titles: started.join(', ') })] : []),
    ...(finished.length ? [t('summary.pdsaFinished', { titles: finished.join(', ') })] : []),
  ];
  const plans = await teamActionPlanStatus(store, teamId, localDate(now, input.zone));
  const planSections = sponsorSections(plans, t, locale);
  // What the team asks of its sponsor: on its PDSA cycles, then on its action-plan steps.
  const requests = [
    ...cycles
      .filter((c) => c.sponsorHelp)
      .map((c) => t('summary.pdsaRequest', { request: c.sponsorHelp!, cycle: c.title })),
    ...planSections.requests,
  ];
  // The ISO week of another year than the calendar's carries it (Friday 1 January 2027 is in week 53 2026).
  const local = DateTime.fromJSDate(now, { zone: input.zone });
  const week = local.weekYear === local.year ? String(local.weekNumber) : `${local.weekNumber} ${local.weekYear}`;
  const text = t('summary.text', { team: team.name, week });
  const card = sponsorSummaryCard({
    title: t('summary.title', { team: team.name }),
    intro: t('summary.intro', { week }),
    measures: rows,
    signalsTitle: t('summary.signalsTitle'),
    signals: signals.length ? signals : [t('summary.noSignalChange')],
    pdsaTitle: t('summary.pdsaTitle'),
    pdsa: pdsa.length ? pdsa : [t('summary.noPdsa')],
    missingTitle: t('summary.missingTitle'),
    missing: missing.length ? missing : [t('summary.noMissing')],
    ...planSections,
    requests,
    footer: t('summary.footer', { weekday: t(`summary.weekday.${input.weekday}`), time: input.time }),
    buttons: [
      button(t('summary.button.status'), 'status.show', { teamId }),
      button(t('summary.button.pause'), 'summary.pause', { teamId }),
    ],
    summary: text,
  });
  return { text, card };
}

function measureRow(
  m: Measure,
  series: readonly Measurement[],
  input: SummaryInput,
  events: readonly BaselineEvent[],
): SummaryMeasureView {
  const { t, locale } = input;
  const latest = series.at(-1);
  const goal = formatGoal(m, locale);
  const shown = latest ? toDisplay(m, latest.value) : null;
  // Goals are stored in display units (a proportion goal is a percentage).
  const reached =
    shown !== null && m.goal !== null ? (m.direction === 'higher' ? shown >= m.goal : shown <= m.goal) : null;
  const chart =
    latest && input.charts
      ? input.charts.url({ measureId: m.id, teamId: input.teamId, chart: 'run', size: 'sparkline', locale })
      : '';
  return {
    name: `${m.code} – ${m.name}`,
    latest: latest
      ? t('summary.latest', {
          value: formatDisplay(m, shown!, locale),
          period: periodLabelAt(latest.periodKey, locale, input.now, input.zone),
        })
      : t('summary.noData'),
    goal: goal ? t('summary.goal', { goal }) : t('summary.noGoal'),
    status: [
      reached === null ? '' : t(reached ? 'summary.reached' : 'summary.notReached'),
      ...mdcLabels(m, series, locale, events),
    ]
      .filter(Boolean)
      .join(' · '),
    statusColor: reached ? 'Good' : 'Warning',
    chart: chart ? { url: chart, alt: t('summary.chartAlt', { measure: m.name }) } : null,
  };
}

// A signal that appeared or disappeared: the run chart now versus without the points recorded this week.
// Its period labels name a week's year when it is not the current one (`analyseSeries` with the clock).
function signalChange(
  m: Measure,
  series: readonly Measurement[],
  weekAgo: Date,
  input: SummaryInput,
  events: readonly BaselineEvent[],
): string | null {
  const { locale, t } = input;
  const before = series.filter((v) => v.recordedAt < weekAgo);
  if (before.length === series.length || series.length === 0) return null;
  const now = analyseSeries(m, series, locale, 'run', input.now, events);
  const then = before.length ? analyseSeries(m, before, locale, 'run', input.now, events) : null;
  if (now.signal && !then?.signal)
    return `${MDC_ICONS.variation[now.variation]} ${t('summary.signal.appeared', { measure: m.name, summary: now.summary })}`;
  if (!now.signal && then?.signal) return t('summary.signal.disappeared', { measure: m.name });
  return null;
}

/** The Making Data Count reading in words: variation on the run chart, assurance on the control chart (with a goal). */
function mdcLabels(
  m: Measure,
  series: readonly Measurement[],
  locale: Locale,
  events: readonly BaselineEvent[],
): string[] {
  if (!series.length) return [];
  const words = interpretMessages[locale];
  const run = analyseSeries(m, series, locale, 'run', undefined, events);
  const spc = m.goal === null ? null : analyseSeries(m, series, locale, controlChartFor(m, series), undefined, events);
  return [words.variation[run.variation], spc?.assurance ? words.assurance[spc.assurance] : ''];
}
