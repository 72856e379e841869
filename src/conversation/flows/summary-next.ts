import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, type SponsorSubscription } from '../../domain';
import { nextSummaryDelivery } from '../../domain/time/summary-delivery';
import type { FlowContext } from '../flow';

/** The sentence stating when the next summary really arrives (after quiet hours and closed days), or '' when none. */
export function nextSummaryLine(ctx: FlowContext, sub: Pick<SponsorSubscription, 'weekday' | 'time'>): string {
  const zone = ctx.person.timeZone || DEFAULT_TIME_ZONE;
  const next = nextSummaryDelivery(sub, zone, ctx.timeRules, ctx.clock.now());
  if (!next) return '';
  const d = DateTime.fromJSDate(next.dueAt, { zone }).setLocale(ctx.locale === 'da' ? 'da' : 'en-GB');
  const when =
    ctx.locale === 'da' ? d.toFormat("cccc d. LLLL yyyy 'kl.' HH:mm") : d.toFormat("cccc d LLLL yyyy 'at' HH:mm");
  const moved = d.weekday !== sub.weekday || d.toFormat('HH:mm') !== sub.time;
  if (!moved) return ctx.t('summary.next', { when });
  return ctx.t('summary.next.moved', { when, weekday: ctx.t(`summary.weekday.${sub.weekday}`), time: sub.time });
}
