import { z } from 'zod';
import { periodLabelAt } from '../../domain';
import type { CardView } from '../flow';
import { parseData } from '../parse-data';
import type { PendingInput } from './pending-input';
import { REPLACE_QUESTION_VIEW, replaceQuestion } from './questions';
import { typedValues } from './typed-values';

export { REPLACE_QUESTION_VIEW };

const viewSchema = z.object({ token: z.string().min(1).max(64), ownerId: z.string().min(1).max(64) });

/**
 * The read-only view behind `measurement.replaceQuestion.refresh`: the question with its buttons for the person who
 * typed the value, without them for anyone else (and for the shared version); null once answered or expired.
 */
export const replaceQuestionView: CardView = async (ctx, data) => {
  const { token, ownerId } = parseData(viewSchema, data);
  const now = ctx.clock.now();
  const pending = await ctx.store.conversationState.get<PendingInput>(`pending:${ownerId}:${token}`, now);
  if (!pending?.measureId || !pending.period) return null;
  const [measure, owner] = await Promise.all([
    ctx.store.measures.get(pending.measureId),
    ctx.store.persons.get(ownerId),
  ]);
  if (!measure || !owner) return null;
  const existing = await ctx.store.measurements.get(measure.id, pending.teamId, pending.period);
  if (!existing) return null;
  const period = periodLabelAt(pending.period, ctx.locale, now, ctx.person.timeZone);
  const asked = { measure, period, values: typedValues(measure, pending.valueText), token };
  return replaceQuestion(ctx, asked, existing, { teamId: pending.teamId, owner });
};
