import { periodLabelAt, type Measurement } from '../../domain';
import type { FlowContext } from '../flow';
import { formatMeasurement } from '../../reporting/format-measure-value';
import { newUndoMeta, putUndo, UNDO_MINUTES, undoKey, undoWindowClosed, type UndoMeta } from '../last-undo';
import { newNonce } from '../nonce';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

export { UNDO_MINUTES };

type MeasurementKey = Pick<Measurement, 'measureId' | 'teamId' | 'periodKey'>;

/** How to undo one measurement write. */
export interface MeasurementUndo extends UndoMeta {
  kind: 'measurement';
  /** The period written (absent in states saved before deletions could be undone: then `stored` has it). */
  key?: MeasurementKey;
  /** The row as written, or null when the write deleted it (`slet`). */
  stored: Pick<Measurement, 'id' | 'measureId' | 'teamId' | 'periodKey' | 'value' | 'numerator' | 'denominator'> | null;
  /** The row the write replaced (restored on undo), or null (undo deletes). Dates arrive as strings. */
  previous: Measurement | null;
}

/** What the *Fortryd* button carries: the token and whose write it is (the key of the undo record). */
export interface UndoButtonData {
  token: string;
  owner: string;
}

/** Where a button's undo record is; a button from before `owner` existed points at the old key. */
const keyOf = (data: { token: string; owner?: string }) =>
  data.owner ? undoKey(data.owner, data.token) : `undo:${data.token}`;

/**
 * Remembers how to undo a write for UNDO_MINUTES (`stored` null: the write deleted `previous`); the record is
 * also the person's last undoable action for a typed `fortryd`. Returns the *Fortryd* button's data.
 */
export async function saveUndo(
  ctx: FlowContext,
  stored: Measurement | null,
  previous: Measurement | null,
): Promise<UndoButtonData> {
  const written = stored ?? previous;
  if (!written) throw new Error('saveUndo needs the stored or the previous row');
  const data = { token: newNonce(), owner: ctx.person.id };
  const { measureId, teamId, periodKey } = written;
  const record: MeasurementUndo = {
    ...newUndoMeta(ctx),
    kind: 'measurement',
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
  };
  await putUndo(ctx, keyOf(data), record);
  return data;
}

/**
 * Undoes a measurement write: restores the value it replaced or deleted, or deletes a new one; once, by its
 * author, in time, and only while the period still holds what the write left. Audited by the store.
 */
export async function undoMeasurement(ctx: FlowContext, data: { token: string; owner?: string }): Promise<Reply[]> {
  const record = await ctx.store.conversationState.get<MeasurementUndo>(keyOf(data), ctx.clock.now());
  return undoRecord(ctx, keyOf(data), record);
}

/** Undoes the measurement write a record describes (null: none or expired), or says why not. */
export async function undoRecord(ctx: FlowContext, key: string, record: MeasurementUndo | null): Promise<Reply[]> {
  const { t } = ctx;
  if (!record || undoWindowClosed(ctx, record))
    return [{ text: t('measurement.undoExpired', { minutes: UNDO_MINUTES }) }];
  if (record.undone) return [{ text: t('measurement.undoAlready') }];
  if (record.personId !== ctx.person.id) return [{ text: t('measurement.undoNotYours') }];
  const { measureId, teamId, periodKey } = (record.key ?? record.stored)!;
  await resolveTeam(ctx, 'measurement.write', teamId);
  const current = await ctx.store.measurements.get(measureId, teamId, periodKey);
  const unchanged = record.stored ? current !== null && sameValue(current, record.stored) : current === null;
  if (!unchanged) return [{ text: t('measurement.undoChanged') }];
  return restore(ctx, key, record);
}

async function restore(ctx: FlowContext, key: string, state: MeasurementUndo): Promise<Reply[]> {
  const { t, store, locale } = ctx;
  const now = ctx.clock.now();
  const { measureId, teamId, periodKey } = (state.key ?? state.stored)!;
  const previous = state.previous ? { ...state.previous, recordedAt: new Date(state.previous.recordedAt) } : null;
  await store.measurements.restore({ measureId, teamId, periodKey }, previous, { personId: ctx.person.id, at: now });
  await putUndo(ctx, key, { ...state, undone: true });
  const measure = await store.measures.get(measureId);
  const period = periodLabelAt(periodKey, locale, now, ctx.person.timeZone);
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

function sameValue(a: Measurement, b: NonNullable<MeasurementUndo['stored']>): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator;
}
