import { DateTime } from 'luxon';
import type { Seminar } from '../../domain';
import type { FlowContext } from '../flow';

/** A seminar's start in the reader's zone: "fredag 27. november 2026 kl. 10:00" / "Friday 27 November 2026 at 10:00". */
export function formatSeminarWhen(seminar: Seminar, ctx: FlowContext): string {
  const d = DateTime.fromJSDate(seminar.startsAt, { zone: ctx.person.timeZone }).setLocale(
    ctx.locale === 'da' ? 'da' : 'en-GB',
  );
  return ctx.locale === 'da' ? d.toFormat("cccc d. LLLL yyyy 'kl.' HH:mm") : d.toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

/** "14 dage før, 2 dage før og samme morgen" style list of reminder offsets. */
export function describeOffsets(days: number[], ctx: FlowContext): string {
  const parts = [...days]
    .sort((a, b) => b - a)
    .map((d) => (d === 0 ? ctx.t('seminar.offsets.sameMorning') : ctx.t('seminar.offsets.days', { days: d })));
  return parts.join(', ');
}
