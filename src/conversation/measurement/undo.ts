import { periodLabel, type Measurement } from '../../domain';
import type { FlowContext } from '../flow';
import { formatMeasurement } from '../../reporting/format-measure-value';
import { rememberUndo, UNDO_MINUTES } from '../last-undo';
import { newNonce } from '../nonce';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

export { UNDO_MINUTES };

type MeasurementKey = Pick<Measurement, 'measureId' | 'teamId' | 'periodKey'>;

interface UndoState {
  personId: string;
  /** The period written (absent in states saved before deletions could be undone: then `stored` has it). */
  key?: MeasurementKey;
  /** The row as written, or null when the write deleted it (`slet`). */
  stored: Pick<Measurement, 'id' | 'measureId' | 'teamId' | 'periodKey' | 'value' | 'numerator' | 'denominator'> | null;
  /** The row the write replaced (restored on undo), or null (undo deletes). Dates arrive as strings. */
  previous: Measurement | null;
  expiresAt: string;
  undone: boolean;
}

const key = (token: string) => `undo:${token}`;

/**
 * Remembers how to undo a write for UNDO_MINUTES (`stored` null: the write deleted `previous`), also as the
 * person's last undoable action for a typed `fortryd`; returns the token the *Fortryd* button carries.
 */
export async function saveUndo(
  ctx: FlowContext,
  stored: Measurement | null,
  previous: Measurement | null,
): Promise<string> {
  const written = stored ?? previous;
  if (!written) throw new Error('saveUndo needs the stored or the previous row');
  const token = newNonce();
  const expiresAt = new Date(ctx.clock.now().getTime() + UNDO_MINUTES * 60_000);
  const { measureId, teamId, periodKey } = written;
  const state: UndoState = {
    personId: ctx.person.id,
    key: { measureId, teamId, periodKey },
    stored: stored && {
      id: stored.id,
      measureId,
      teamId,
      periodKey,
      value: stored.value,
      numerator: stored.numerator,
      denominator: stored.denominator,
    },
    previous,
    expiresAt: expiresAt.toISOString(),
    undone: false,
  };
  await ctx.store.conversationState.put(key(token), state, expiresAt);
  await rememberUndo(ctx, { kind: 'measurement', token });
  return token;
}

/**
 * Undoes a measurement write: restores the value it replaced or deleted, or deletes a new one; once, by its
 * author, in time, and only while the period still holds what the write left. Audited by the store.
 */
export async function undoMeasurement(ctx: FlowContext, token: string): Promise<Reply[]> {
  return (await undoWrite(ctx, token)).replies;
}

/** undoMeasurement, also saying whether it undid anything (a typed `fortryd` then forgets the action). */
export async function undoWrite(ctx: FlowContext, token: string): Promise<{ undone: boolean; replies: Reply[] }> {
  const { t } = ctx;
  const state = await ctx.store.conversationState.get<UndoState>(key(token), ctx.clock.now());
  const refused = (text: string) => ({ undone: false, replies: [{ text }] });
  if (!state) return refused(t('measurement.undoExpired', { minutes: UNDO_MINUTES }));
  if (state.undone) return refused(t('measurement.undoAlready'));
  if (state.personId !== ctx.person.id) return refused(t('measurement.undoNotYours'));
  const { measureId, teamId, periodKey } = (state.key ?? state.stored)!;
  await resolveTeam(ctx, 'measurement.write', teamId);
  const current = await ctx.store.measurements.get(measureId, teamId, periodKey);
  const unchanged = state.stored ? current !== null && sameValue(current, state.stored) : current === null;
  if (!unchanged) return refused(t('measurement.undoChanged'));
  return { undone: true, replies: await restore(ctx, token, state) };
}

async function restore(ctx: FlowContext, token: string, state: UndoState): Promise<Reply[]> {
  const { t, store, locale } = ctx;
  const now = ctx.clock.now();
  const { measureId, teamId, periodKey } = (state.key ?? state.stored)!;
  const previous = state.previous ? { ...state.previous, recordedAt: new Date(state.previous.recordedAt) } : null;
  await store.measurements.restore({ measureId, teamId, periodKey }, previous, { personId: ctx.person.id, at: now });
  await store.conversationState.put(key(token), { ...state, undone: true }, new Date(state.expiresAt));
  const measure = await store.measures.get(measureId);
  const period = periodLabel(periodKey, locale);
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

function sameValue(a: Measurement, b: NonNullable<UndoState['stored']>): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}
