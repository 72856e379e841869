import type { Locale } from '../model/common';
import type { Seminar } from '../model/plans';

/** Signed links to a seminar's calendar entry (an .ics file); the calendar service implements it. */
export interface CalendarLinks {
  /** Absolute signed URL of the seminar's iCalendar file, valid until well after the seminar; `locale` sets its text. */
  seminarUrl(seminar: Pick<Seminar, 'id' | 'startsAt'>, locale: Locale): string;
}
