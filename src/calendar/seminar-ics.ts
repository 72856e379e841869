import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, type Seminar } from '../domain';

/** What the calendar entry says besides the seminar itself (translated by the caller). */
export interface SeminarIcsText {
  /** Lines of DESCRIPTION: agenda, meeting link, material link, each already labelled. */
  description: string[];
  /** The host part of the UID (the bot's public host), so UIDs are globally unique and stable. */
  uidDomain: string;
  language: 'DA' | 'EN';
}

/**
 * The seminar as an RFC 5545 calendar: one VEVENT whose UID never changes, whose SEQUENCE is the seminar's (raised
 * on every change), with DTSTART/DTEND in Europe/Copenhagen and its VTIMEZONE, so Outlook and Google Calendar
 * update the entry they imported. A cancelled seminar gives METHOD:CANCEL and STATUS:CANCELLED.
 */
export function seminarIcs(seminar: Seminar, text: SeminarIcsText): string {
  const cancelled = seminar.cancelledAt !== null;
  const cal = ical({
    prodId: { company: 'Forbedringsbot', product: 'Seminar', language: text.language },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; the event's zone brings its VTIMEZONE.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  cal.createEvent({
    id: `seminar-${seminar.id}@${text.uidDomain}`,
    sequence: seminar.sequence,
    stamp: DateTime.fromJSDate(seminar.updatedAt, { zone: 'utc' }),
    start: DateTime.fromJSDate(seminar.startsAt),
    end: DateTime.fromJSDate(seminar.endsAt),
    timezone: DEFAULT_TIME_ZONE,
    summary: seminar.title,
    location: seminar.location ?? seminar.onlineUrl ?? null,
    url: seminar.onlineUrl ?? seminar.materialUrl ?? null,
    description: text.description.length ? text.description.join('\n') : null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
