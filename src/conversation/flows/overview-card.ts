import { MDC_ICONS } from '../../analysis';
import type { PersonReach } from '../../domain';
import { DEFAULT_TIME_ZONE, periodLabelAt, type Measure } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { overviewCardModel } from '../../cards/builders/overview-card';
import type { CardModel } from '../../cards/card-model';
import type { FlowContext } from '../flow';
import { formatGoal, formatMeasurement } from '../../reporting/format-measure-value';
import { RECENT_PERIODS, type OverviewRow } from '../../reporting/overview-data';

/** Up to this many teams get a "Vis graf" button each; more get a drop-down and one button (Teams shows 6 actions). */
const MAX_CHART_BUTTONS = 5;

/**
 * The overview card in the person's words: the small-multiples image (when the chart service gives a link)
 * and per team the latest value, whether the goal is met, the runs signal and recent periods without data.
 */
export function overviewCard(
  ctx: FlowContext,
  measure: Measure,
  rows: OverviewRow[],
  reach: Map<string, PersonReach[]> = new Map(),
  progress: Array<{ title: string; value: string }> = [],
): CardModel {
  const { t, locale } = ctx;
  const goal = formatGoal(measure, locale);
  const teams = String(rows.length);
  const signalling = rows.filter((r) => r.signal).map((r) => r.label);
  const now = ctx.clock.now();
  const zone = ctx.person.timeZone || DEFAULT_TIME_ZONE;
  const few = rows.length <= MAX_CHART_BUTTONS;
  const alt = t('overview.alt', {
    code: measure.code,
    teams,
    signals: signalling.length
      ? t('overview.altSignals', { teams: signalling.join(', ') })
      : t('overview.altNoSignals'),
  });
  const url = ctx.charts.overviewUrl?.({ measureId: measure.id, viewerId: ctx.person.id, locale }) ?? null;
  return overviewCardModel({
    title: t('overview.title', { code: measure.code, name: measure.name }),
    subtitle: goal ? t('overview.subtitleGoal', { teams, goal }) : t('overview.subtitle', { teams }),
    image: url ? { url, alt } : null,
    header: {
      team: t('overview.col.team'),
      latest: t('overview.col.latest'),
      goal: t('overview.col.goal'),
      signal: t('overview.col.signal'),
      missing: t('overview.col.missing'),
      reach: t('coverage.col'),
    },
    rows: rows.map((r) => ({
      team: r.label,
      latest: r.latest
        ? `${formatMeasurement(measure, r.latest, locale)}, ${periodLabelAt(r.latest.periodKey, locale, now, zone)}`
        : t('overview.noData'),
      goal:
        t(`overview.goal.${r.goalMet === null ? 'none' : r.goalMet ? 'met' : 'notMet'}`) +
        (r.assurance ? ` ${MDC_ICONS.assurance[r.assurance]}` : ''),
      goalState: r.goalMet === null ? 'none' : r.goalMet ? 'met' : 'notMet',
      signal: r.signal
        ? `${MDC_ICONS.variation[r.variation]} ${t(`overview.signal.${r.signal}`)}`
        : MDC_ICONS.variation[r.variation],
      tone: r.tone,
      missing: r.missing,
      reach: t('coverage.column', {
        reachable: (reach.get(r.team.id) ?? []).filter((p) => p.reachable).length,
        listed: reach.get(r.team.id)?.length ?? 0,
      }),
      reachShort: (reach.get(r.team.id) ?? []).some((p) => !p.reachable),
    })),
    footnote: t('overview.footnote', { count: String(RECENT_PERIODS), period: t(`overview.period.${measure.period}`) }),
    progressTitle: t('progress.title'),
    progress,
    charts: few
      ? {
          buttons: rows.map((r) =>
            button(t('overview.button.chart', { team: r.label }), 'chart.show', {
              teamId: r.team.id,
              measureId: measure.id,
            }),
          ),
        }
      : {
          select: {
            id: 'teamId',
            label: t('overview.chartPick'),
            error: t('common.chooseOne'),
            choices: rows.map((r) => ({ title: r.label, value: r.team.id })),
          },
        },
    buttons: [
      ...(few ? [] : [submitButton(t('overview.button.chartPick'), 'chart.show', { measureId: measure.id })]),
      button(t('overview.button.other'), 'overview.pick', { collaborativeId: measure.collaborativeId }),
    ],
  });
}
