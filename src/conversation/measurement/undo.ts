import { periodLabel, yearIn, type Measurement } from '../../domain';
import type { FlowContext } from '../flow';
import { formatMeasurement } from '../../reporting/format-measure-value';
import { newNonce } from '../nonce';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

/** Minutes during which a stored measurement can be undone with *Fortryd*. */
export const UNDO_MINUTES = 10;

interface UndoState {
  personId: string;
  stored: Pick<Measurement, 'id' | 'measureId' | 'teamId' | 'periodKey' | 'value' | 'numerator' | 'denominator'>;
  /** The row the write replaced (restored on undo), or null (undo deletes). Dates arrive as strings. */
  previous: Measurement | null;
  expiresAt: string;
  undone: boolean;
}

const key = (token: string) => `undo:${token}`;

/** Remembers how to undo a write for UNDO_MINUTES; returns the token the *Fortryd* button carries. */
export async function saveUndo(ctx: FlowContext, stored: Measurement, previous: Measurement | null): Promise<string> {
  const token = newNonce();
  const expiresAt = new Date(ctx.clock.now().getTime() + UNDO_MINUTES * 60_000);
  const { id, measureId, teamId, periodKey, value, numerator, denominator } = stored;
  const state: UndoState = {
    personId: ctx.person.id,
    stored: { id, measureId, teamId, periodKey, value, numerator, denominator },
    previous,
    expiresAt: expiresAt.toISOString(),
    undone: false,
  };
  await ctx.store.conversationState.put(key(token), state, expiresAt);
  return token;
}

/** Undoes a stored measurement: restores the value it replaced, or deletes it; once, by its author, in time. */
export async function undoMeasurement(ctx: FlowContext, token: string): Promise<Reply[]> {
  const { t, store, locale } = ctx;
  const now = ctx.clock.now();
  const state = await store.conversationState.get<UndoState>(key(token), now);
  if (!state) return [{ text: t('measurement.undoExpired', { minutes: UNDO_MINUTES }) }];
  if (state.undone) return [{ text: t('measurement.undoAlready') }];
  if (state.personId !== ctx.person.id) return [{ text: t('measurement.undoNotYours') }];
  const { measureId, teamId, periodKey } = state.stored;
  await resolveTeam(ctx, 'measurement.write', teamId);
  const current = await store.measurements.get(measureId, teamId, periodKey);
  if (!current || !sameValue(current, state.stored)) return [{ text: t('measurement.undoChanged') }];
  const previous = state.previous ? { ...state.previous, recordedAt: new Date(state.previous.recordedAt) } : null;
  await store.measurements.restore({ measureId, teamId, periodKey }, previous, { personId: ctx.person.id, at: now });
  await store.conversationState.put(key(token), { ...state, undone: true }, new Date(state.expiresAt));
  const measure = await store.measures.get(measureId);
  const period = periodLabel(periodKey, locale, yearIn(now, ctx.person.timeZone));
  const code = measure?.code ?? '';
  if (previous && measure) {
    return [
      {
        text: t('measurement.undoneRestored', {
          measure: code,
          period,
          value: formatMeasurement(measure, previous, locale),
        }),
      },
    ];
  }
  return [{ text: t('measurement.undoneDeleted', { measure: code, period }) }];
}

function sameValue(a: Measurement, b: UndoState['stored']): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}
