import { z } from 'zod';
import { REGIONS, freeText, id, optionalText } from './common';

/** A learning seminar for a collaborative, or for one region's teams. */
export interface Seminar {
  id: string;
  collaborativeId: string;
  region: (typeof REGIONS)[number] | null;
  title: string;
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  /** Reminders go out this many days before the start (0 = the morning of). */
  reminderDaysBefore: number[];
  cancelledAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
}
export const seminarInput = z.object({
  id: id.optional(),
  collaborativeId: id,
  region: z.enum(REGIONS).nullish().transform((v) => v ?? null),
  title: freeText(200).pipe(z.string().min(1)),
  startsAt: z.coerce.date(),
  location: optionalText(300),
  onlineUrl: z.string().url().max(2000).nullish().transform((v) => v ?? null),
  agenda: optionalText(),
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
