import { DomainError, periodLabelAt, type Measure, type Measurement, type Team } from '../../domain';
import { button } from '../../cards/button';
import { confirmReplaceCard } from '../../cards/builders/measurement-cards';
import { formatMeasurement } from '../../reporting/format-measure-value';
import { chartReply } from '../chart/chart-card';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { saveUndo } from './undo';

/** A deletion asked about on a card, waiting for *Slet* or *Behold*; `done` once deleted (a second press). */
interface PendingDelete {
  teamId: string;
  measureId: string;
  periodKey: string;
  /** The numbers shown on the card: a value changed since is not deleted unseen. */
  shown: Pick<Measurement, 'value' | 'numerator' | 'denominator'>;
  done: boolean;
}

const TTL_MS = 24 * 3600 * 1000;
const key = (ctx: FlowContext, token: string) => `delete:${ctx.person.id}:${token}`;

/** `slet OP24 uge 47`: shows the value and asks *Slet* / *Behold*; refuses a period without a value. */
export async function askDelete(ctx: FlowContext, team: Team, measure: Measure, periodKey: string): Promise<Reply[]> {
  const { t, locale } = ctx;
  const existing = await ctx.store.measurements.get(measure.id, team.id, periodKey);
  if (!existing) throw new DomainError('NO_MEASUREMENT_FOR_PERIOD', { period: periodKey });
  const token = newNonce();
  const { value, numerator, denominator } = existing;
  const pending: PendingDelete = {
    teamId: team.id,
    measureId: measure.id,
    periodKey,
    shown: { value, numerator, denominator },
    done: false,
  };
  await ctx.store.conversationState.put(key(ctx, token), pending, new Date(ctx.clock.now().getTime() + TTL_MS));
  const period = periodLabelAt(periodKey, locale, ctx.clock.now(), ctx.person.timeZone);
  const card = confirmReplaceCard({
    title: t('correction.deleteTitle', { measure: measure.code, period }),
    text: t('correction.deleteText'),
    facts: [
      { title: t('measurement.fact.measure'), value: `${measure.name} (${measure.code})` },
      { title: t('measurement.fact.period'), value: period },
      { title: t('measurement.fact.value'), value: formatMeasurement(measure, existing, locale) },
    ],
    buttons: [
      button(t('correction.button.delete'), 'measurement.delete', { token }, 'destructive'),
      button(t('correction.button.keep'), 'measurement.deleteKeep', { token }),
    ],
  });
  return [{ card }];
}

/** *Slet*: deletes (audited), answers with the updated chart; a second press says it is already deleted. */
export async function confirmDelete(ctx: FlowContext, token: string): Promise<Reply[]> {
  const { t, locale, store } = ctx;
  const pending = await store.conversationState.get<PendingDelete>(key(ctx, token), ctx.clock.now());
  if (!pending) return [{ text: t('measurement.pendingExpired') }];
  if (pending.done) return [{ text: t('correction.alreadyDeleted') }];
  const team = await resolveTeam(ctx, 'measurement.write', pending.teamId);
  const measure = (await store.measures.listForTeam(team.id)).find((m) => m.id === pending.measureId);
  if (!measure) throw new DomainError('MEASURE_NOT_AVAILABLE');
  const { measureId, periodKey } = pending;
  const current = await store.measurements.get(measureId, team.id, periodKey);
  const done = () =>
    store.conversationState.put(
      key(ctx, token),
      { ...pending, done: true },
      new Date(ctx.clock.now().getTime() + TTL_MS),
    );
  if (!current) {
    await done();
    return [{ text: t('correction.alreadyDeleted') }];
  }
  const { shown } = pending;
  if (
    current.value !== shown.value ||
    current.numerator !== shown.numerator ||
    current.denominator !== shown.denominator
  )
    return [{ text: t('correction.deleteChanged') }];
  await store.measurements.restore({ measureId, teamId: team.id, periodKey }, null, {
    personId: ctx.person.id,
    at: ctx.clock.now(),
  });
  await done();
  await saveUndo(ctx, null, current);
  const period = periodLabelAt(periodKey, locale, ctx.clock.now(), ctx.person.timeZone);
  const text = t('correction.deleted', {
    measure: measure.code,
    period,
    value: formatMeasurement(measure, current, locale),
  });
  return [{ text }, await chartReply(ctx, team, measure)];
}

/** *Behold*: forgets the question, deletes nothing. */
export async function keepMeasurement(ctx: FlowContext, token: string): Promise<Reply[]> {
  await ctx.store.conversationState.delete(key(ctx, token));
  return [{ text: ctx.t('correction.kept') }];
}
