import { z } from 'zod';
import { periodLabelAt } from '../../domain';
import type { CardView } from '../flow';
import { parseData } from '../parse-data';
import type { PendingInput } from './pending-input';
import { UNUSUAL_QUESTION_VIEW, unusualQuestion } from './questions';
import { typedValues } from './typed-values';

export { UNUSUAL_QUESTION_VIEW };

const amount = z.number().finite();
const viewSchema = z.object({
  token: z.string().min(1).max(64),
  ownerId: z.string().min(1).max(64),
  reason: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('percentOver100'), value: amount }),
    z.object({ kind: z.literal('tenTimesTypical'), value: amount, typical: amount }),
    z.object({ kind: z.literal('denominatorTenTimesTypical'), value: amount, typical: amount }),
  ]),
});

/**
 * The read-only view behind `measurement.unusualQuestion.refresh`: "Er du sikker?" with its buttons for the person who
 * typed the value, without them for anyone else (and for the shared version); null once answered or expired.
 */
export const unusualQuestionView: CardView = async (ctx, data) => {
  const { token, ownerId, reason } = parseData(viewSchema, data);
  const now = ctx.clock.now();
  const pending = await ctx.store.conversationState.get<PendingInput>(`pending:${ownerId}:${token}`, now);
  if (!pending?.measureId || !pending.period) return null;
  const [measure, owner] = await Promise.all([
    ctx.store.measures.get(pending.measureId),
    ctx.store.persons.get(ownerId),
  ]);
  if (!measure || !owner) return null;
  const period = periodLabelAt(pending.period, ctx.locale, now, ctx.person.timeZone);
  const asked = { measure, period, values: typedValues(measure, pending.valueText), token };
  return unusualQuestion(ctx, asked, reason, { teamId: pending.teamId, owner });
};
