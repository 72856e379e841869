import type { Implausible, Measure, Measurement, MeasurementValues } from '../../domain';
import { button } from '../../cards/button';
import { confirmReplaceCard } from '../../cards/builders/measurement-cards';
import { formatNumber } from '../../i18n/translator';
import { formatDisplay, formatMeasurement, toDisplay } from '../../reporting/format-measure-value';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';

/** What a question card shows about the measure, the period and the typed value. */
export interface Asked {
  measure: Measure;
  period: string;
  values: MeasurementValues;
  token: string;
}

/** The view verb of the overwrite question: only the person who typed the value may answer it. */
export const REPLACE_QUESTION_VIEW = 'measurement.replaceQuestion';

/** Whose question it is: the person who typed the value (only they answer it) and their team. */
export interface QuestionOwner {
  teamId: string;
  owner: { id: string; displayName: string };
}

/**
 * The period already has a value: replace it (destructive) or keep the old one. Only the person who typed the value
 * gets the buttons; anyone else looking at it in a shared chat reads whose question it is (the card's refresh gives
 * each viewer their version, see replace-question.ts).
 */
export function replaceQuestion(ctx: FlowContext, asked: Asked, existing: Measurement, who: QuestionOwner): Reply {
  const { t, locale } = ctx;
  const asker = ctx.person.id === who.owner.id;
  const card = confirmReplaceCard({
    title: t('measurement.replaceTitle', { measure: asked.measure.code, period: asked.period }),
    text: asker ? t('measurement.replaceText') : t('measurement.replaceOthers', { name: who.owner.displayName }),
    facts: [
      { title: t('measurement.fact.existing'), value: formatMeasurement(asked.measure, existing, locale) },
      { title: t('measurement.fact.new'), value: typedValueText(asked.measure, asked.values, ctx) },
    ],
    buttons: asker
      ? [
          button(t('measurement.button.replace'), 'measurement.replace', { token: asked.token }, 'destructive'),
          button(t('measurement.button.keep'), 'measurement.keep', { token: asked.token }),
        ]
      : [],
  });
  const data = { token: asked.token, ownerId: who.owner.id };
  return { card: { ...card, refresh: { verb: REPLACE_QUESTION_VIEW, data, teamId: who.teamId } } };
}

/** The view verb of the implausible-value question: only the person who typed the value may answer it. */
export const UNUSUAL_QUESTION_VIEW = 'measurement.unusualQuestion';

/**
 * "Are you sure? 180 is ten times the typical (18)." with *Yes, save* and *No*, for the person who typed the value;
 * anyone else looking at it in a shared chat reads whose question it is (the card's refresh gives each viewer theirs).
 */
export function unusualQuestion(ctx: FlowContext, asked: Asked, reason: Implausible, who: QuestionOwner): Reply {
  const { t } = ctx;
  const asker = ctx.person.id === who.owner.id;
  const card = confirmReplaceCard({
    title: t('measurement.unusualTitle'),
    text: asker
      ? unusualText(ctx, asked.measure, reason)
      : t('measurement.unusualOthers', { name: who.owner.displayName }),
    facts: [
      { title: t('measurement.fact.measure'), value: `${asked.measure.name} (${asked.measure.code})` },
      { title: t('measurement.fact.period'), value: asked.period },
      { title: t('measurement.fact.new'), value: typedValueText(asked.measure, asked.values, ctx) },
    ],
    buttons: asker
      ? [
          button(t('measurement.button.unusualSave'), 'measurement.unusual', { token: asked.token }, 'positive'),
          button(t('measurement.button.unusualNo'), 'measurement.keep', { token: asked.token }),
        ]
      : [],
  });
  const data = { token: asked.token, ownerId: who.owner.id, reason };
  return { card: { ...card, refresh: { verb: UNUSUAL_QUESTION_VIEW, data, teamId: who.teamId } } };
}

function unusualText(ctx: FlowContext, measure: Measure, reason: Implausible): string {
  const { t, locale } = ctx;
  const shown = (v: number) => formatDisplay(measure, toDisplay(measure, v), locale);
  if (reason.kind === 'percentOver100') return t('measurement.unusual.percent', { value: shown(reason.value) });
  if (reason.kind === 'denominatorTenTimesTypical')
    return t('measurement.unusual.denominator', {
      value: formatNumber(reason.value, locale),
      typical: formatNumber(reason.typical, locale),
    });
  return t('measurement.unusual.tenTimes', { value: shown(reason.value), typical: shown(reason.typical) });
}

/** Typed numbers as the cards show them: `18/22 (81,8 %)`, `42 timer`. */
export function typedValueText(measure: Measure, v: MeasurementValues, ctx: FlowContext): string {
  if (v.numerator !== null && v.denominator !== null && v.denominator !== 0) {
    return formatMeasurement(
      measure,
      { value: v.numerator / v.denominator, numerator: v.numerator, denominator: v.denominator },
      ctx.locale,
    );
  }
  return formatMeasurement(measure, { value: v.value ?? 0, numerator: null, denominator: null }, ctx.locale);
}
