import { button } from '../cards/button';
import { runChartCard } from '../cards/builders/run-chart-card';
import type { CardModel } from '../cards/card-model';
import { periodLabel, type ChartLinks, type Locale, type Measure, type Team } from '../domain';
import type { Translator } from '../i18n/translator';
import type { ShiftAfterPdsa } from './shift-after-pdsa';

/** A period label that always carries its year (`uge 29 2026`), as proposals and marks name periods. */
export const labelWithYear = (key: string, locale: Locale): string => periodLabel(key, locale, Number.NaN);

/** Why the bot proposes a split after a PDSA change, in plain words. */
export function shiftReason(t: Translator, shift: ShiftAfterPdsa, locale: Locale): string {
  return t('baseline.proposal.shift', {
    since: labelWithYear(shift.periodKey, locale),
    length: shift.length,
    side: t(`baseline.proposal.side.${shift.direction}`),
    cycle: shift.cycle.title,
    started: labelWithYear(shift.startedKey, locale),
  });
}

/** What the proposal card shows: the team's run chart, the reasoning and the two buttons. */
export interface BaselineProposalView {
  t: Translator;
  locale: Locale;
  charts: ChartLinks;
  team: Team;
  measure: Measure;
  /** First period of the proposed part. */
  periodKey: string;
  reason: string;
}

/**
 * The card that proposes a new part: the run chart, the reasoning, and "Accepter" (creates the part) / "Ikke
 * nu" (records the decline, so the bot never proposes that start again); both buttons carry the team, measure
 * and period, so a press is checked and answered on its own.
 */
export function baselineProposalCard(view: BaselineProposalView): { card: CardModel; alt: string } {
  const { t, locale, team, measure, periodKey } = view;
  const since = labelWithYear(periodKey, locale);
  const data = { teamId: team.id, measureId: measure.id, periodKey };
  const alt = t('chart.alt', {
    chart: t('chart.type.run'),
    measure: measure.name,
    team: team.name,
    summary: view.reason,
  });
  const card = runChartCard({
    title: t('baseline.proposal.title', { measure: `${measure.name} (${measure.code})` }),
    subtitle: `${team.name} · ${t('chart.type.run')}`,
    imageUrl: view.charts.url({ measureId: measure.id, teamId: team.id, chart: 'run', size: 'full', locale }),
    altText: alt,
    facts: [],
    signalTitle: t('baseline.proposal.signalTitle'),
    signalText: `${view.reason} ${t('baseline.proposal.ask', { since })}`,
    signalColor: 'Default',
    annotationsTitle: '',
    annotations: [],
    buttons: [
      button(t('baseline.button.accept'), 'baseline.accept', data, 'positive'),
      button(t('baseline.button.decline'), 'baseline.decline', data),
    ],
  });
  return { card, alt };
}
