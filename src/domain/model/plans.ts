import { z } from 'zod';
import { REGIONS, freeText, id, optionalText } from './common';

/** A learning seminar for a collaborative, or for one region's teams. */
export interface Seminar {
  id: string;
  collaborativeId: string;
  region: (typeof REGIONS)[number] | null;
  title: string;
  startsAt: Date;
  /** The end; seminars stored without one are taken to last DEFAULT_SEMINAR_HOURS. */
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  /** A link to the seminar's material (slides, programme), attached by a tovholder before or after it. */
  materialUrl: string | null;
  /** Reminders go out this many days before the start (0 = the morning of). */
  reminderDaysBefore: number[];
  cancelledAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  /** iCalendar SEQUENCE: 0 when created, raised by every change and by the cancellation. */
  sequence: number;
  /** The last change (creation, edit or cancellation). */
  updatedAt: Date;
}

/** How long a seminar stored without an end lasts, in hours. */
export const DEFAULT_SEMINAR_HOURS = 3;

const webLink = z
  .string()
  .url()
  .max(2000)
  .regex(/^https?:\/\//i, 'expected an http(s) link')
  .nullish()
  .transform((v) => v ?? null);

export const seminarInput = z.object({
  id: id.optional(),
  collaborativeId: id,
  region: z
    .enum(REGIONS)
    .nullish()
    .transform((v) => v ?? null),
  title: freeText(200).pipe(z.string().min(1)),
  startsAt: z.coerce.date(),
  /** Absent: DEFAULT_SEMINAR_HOURS after the start (on a change of start alone, the old duration is kept). */
  endsAt: z.coerce.date().nullish(),
  location: optionalText(300),
  onlineUrl: webLink,
  agenda: optionalText(),
  materialUrl: webLink,
  reminderDaysBefore: z.array(z.number().int().min(0).max(365)).default([14, 2, 0]),
});
export type SeminarInput = z.input<typeof seminarInput>;

/** A person's answer to a seminar invitation. */
export interface SeminarRsvp {
  seminarId: string;
  personId: string;
  attending: boolean;
  answeredAt: Date;
}

/** A sponsor's weekly summary subscription for one team. weekday: 1 = Monday … 7 = Sunday (ISO). */
export interface SponsorSubscription {
  personId: string;
  teamId: string;
  weekday: number;
  /** Local time "HH:MM" in the person's time zone. */
  time: string;
  paused: boolean;
}
