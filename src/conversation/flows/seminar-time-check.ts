import { DateTime } from 'luxon';
import { seminarTimeProblem } from '../../domain';
import type { FlowContext } from '../flow';

/**
 * The reason a seminar cannot take place from `startsAt` to `endsAt` (night, weekend, public holiday, closed day —
 * the reminders' rules), as a sentence in the person's language; null when the time is possible.
 */
export function seminarTimeRefusal(ctx: FlowContext, startsAt: Date, endsAt: Date): string | null {
  const zone = ctx.person.timeZone;
  const problem = seminarTimeProblem(startsAt, endsAt, zone, ctx.timeRules, ctx.locale);
  if (!problem) return null;
  const day = DateTime.fromJSDate(startsAt, { zone }).setLocale(ctx.locale === 'da' ? 'da' : 'en-GB');
  const date = ctx.locale === 'da' ? day.toFormat('d. LLLL yyyy') : day.toFormat('d LLLL yyyy');
  switch (problem.kind) {
    case 'weekend':
      return ctx.t('seminar.time.weekend', { date, weekday: day.toFormat('cccc') });
    case 'holiday':
      return ctx.t('seminar.time.holiday', { date, name: problem.name });
    case 'closedDay':
      return ctx.t('seminar.time.closedDay', { date });
    case 'outsideHours':
      return ctx.t('seminar.time.outsideHours', { from: problem.from, to: problem.to });
    default:
      return ctx.t(`seminar.time.${problem.kind}`);
  }
}
