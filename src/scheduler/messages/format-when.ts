import { DateTime } from 'luxon';
import type { Locale } from '../../domain';

/** A moment for people, in their zone: "fredag 20. november 2026 kl. 10:00" / "Friday 20 November 2026 at 10:00". */
export function formatWhen(at: Date, zone: string, locale: Locale): string {
  const d = DateTime.fromJSDate(at, { zone }).setLocale(locale === 'da' ? 'da' : 'en-GB');
  return locale === 'da' ? d.toFormat("cccc d. LLLL yyyy 'kl.' HH:mm") : d.toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

/** A calendar date for people: "23.11.2026" / "23 Nov 2026". */
export function formatDate(date: string, locale: Locale): string {
  const d = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale === 'da' ? 'da' : 'en-GB');
  return locale === 'da' ? d.toFormat('dd.LL.yyyy') : d.toFormat('d LLL yyyy');
}

/** Whole local calendar days from `now` to `at` in `zone` (0 = the same day). */
export function daysUntil(now: Date, at: Date, zone: string): number {
  const a = DateTime.fromJSDate(now, { zone }).startOf('day');
  const b = DateTime.fromJSDate(at, { zone }).startOf('day');
  return Math.round(b.diff(a, 'days').days);
}
