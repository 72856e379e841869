import { z } from 'zod';
import { periodLabel, type Measure, type Measurement } from '../../domain';
import { button } from '../../cards/button';
import { confirmReplaceCard } from '../../cards/builders/measurement-cards';
import type { CardView, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { formatMeasurement } from '../../reporting/format-measure-value';
import type { Reply } from '../turn';
import type { PendingInput } from './pending-input';
import { typedValues } from './typed-values';

/** The view verb of the overwrite question: only the person who typed the value may answer it. */
export const REPLACE_QUESTION_VIEW = 'measurement.replaceQuestion';

/** What the question is about: the pending input (with its period and measure), its token and who typed it. */
export interface ReplaceQuestion {
  measure: Measure;
  teamId: string;
  existing: Pick<Measurement, 'value' | 'numerator' | 'denominator'>;
  pending: PendingInput & { period: string };
  token: string;
  owner: { id: string; name: string };
}

/**
 * "The period already has a value: replace it?" with the buttons for the person who typed the value; anyone else
 * looking at it in a shared chat reads whose question it is, without buttons.
 */
export function replaceQuestionCard(ctx: FlowContext, q: ReplaceQuestion): Reply {
  const { t, locale } = ctx;
  const asker = ctx.person.id === q.owner.id;
  const period = periodLabel(q.pending.period, locale);
  const card = confirmReplaceCard({
    title: t('measurement.replaceTitle', { measure: q.measure.code, period }),
    text: asker ? t('measurement.replaceText') : t('measurement.replaceOthers', { name: q.owner.name }),
    facts: [
      { title: t('measurement.fact.existing'), value: formatMeasurement(q.measure, q.existing, locale) },
      { title: t('measurement.fact.new'), value: newValueText(ctx, q.measure, q.pending.valueText) },
    ],
    buttons: asker
      ? [
          button(t('measurement.button.replace'), 'measurement.replace', { token: q.token }, 'destructive'),
          button(t('measurement.button.keep'), 'measurement.keep', { token: q.token }),
        ]
      : [],
  });
  const data = { token: q.token, ownerId: q.owner.id };
  return { card: { ...card, refresh: { verb: REPLACE_QUESTION_VIEW, data, teamId: q.teamId } } };
}

const viewSchema = z.object({ token: z.string().min(1).max(64), ownerId: z.string().min(1).max(64) });

/** The read-only view behind `measurement.replaceQuestion.refresh`; null once the question was answered or expired. */
export const replaceQuestionView: CardView = async (ctx, data) => {
  // Only its owner may answer: the shared version (a stand-in person) is the question without buttons.
  const { token, ownerId } = parseData(viewSchema, data);
  const pending = await ctx.store.conversationState.get<PendingInput>(`pending:${ownerId}:${token}`, ctx.clock.now());
  if (!pending?.measureId || !pending.period) return null;
  const [measure, owner] = await Promise.all([
    ctx.store.measures.get(pending.measureId),
    ctx.store.persons.get(ownerId),
  ]);
  if (!measure || !owner) return null;
  const existing = await ctx.store.measurements.get(measure.id, pending.teamId, pending.period);
  if (!existing) return null;
  return replaceQuestionCard(ctx, {
    measure,
    teamId: pending.teamId,
    existing,
    pending: { ...pending, period: pending.period },
    token,
    owner: { id: owner.id, name: owner.displayName },
  });
};

function newValueText(ctx: FlowContext, measure: Measure, valueText: string): string {
  const v = typedValues(measure, valueText);
  if (v.numerator !== null && v.denominator !== null && v.denominator !== 0) {
    return formatMeasurement(
      measure,
      { value: v.numerator / v.denominator, numerator: v.numerator, denominator: v.denominator },
      ctx.locale,
    );
  }
  return formatMeasurement(measure, { value: v.value ?? 0, numerator: null, denominator: null }, ctx.locale);
}
