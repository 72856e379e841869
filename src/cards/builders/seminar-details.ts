import { DateTime } from 'luxon';
import type { Seminar } from '../../domain';
import type { Translator } from '../../i18n/translator';
import type { Fact } from '../button';

/** A titled web link shown as Markdown in a card (cards use Action.Execute only, so links live in text). */
export interface CardLink {
  title: string;
  url: string;
}

/** What every seminar card shows of a seminar: when (start–end), where, the programme and its links. */
export interface SeminarDetails {
  facts: Fact[];
  agenda: { title: string; text: string } | null;
  links: CardLink[];
}

/**
 * The details of a seminar for a card: `when` is its start as the reader reads it ("torsdag 17. december 2026 kl.
 * 10:00"), the end's clock time is added in `zone`; links are the meeting link, the material and the calendar file.
 * `active` false (a cancelled seminar) leaves out the programme and the meeting link but keeps the calendar file,
 * whose METHOD:CANCEL removes the entry.
 */
export function seminarDetails(input: {
  seminar: Seminar;
  when: string;
  zone: string;
  t: Translator;
  calendarUrl: string | null;
  active: boolean;
}): SeminarDetails {
  const { seminar: s, t, active } = input;
  const end = DateTime.fromJSDate(s.endsAt, { zone: input.zone }).toFormat('HH:mm');
  const facts: Fact[] = [
    { title: t('reminder.seminar.when'), value: t('seminar.detail.until', { when: input.when, end }) },
  ];
  const where = [s.location, s.onlineUrl ? t('seminar.detail.online') : null].filter((w): w is string => !!w);
  if (where.length) facts.push({ title: t('seminar.detail.where'), value: where.join(' / ') });
  const links: CardLink[] = [];
  if (active && s.onlineUrl) links.push({ title: t('seminar.detail.openLink'), url: s.onlineUrl });
  if (s.materialUrl) links.push({ title: t('seminar.detail.material'), url: s.materialUrl });
  if (input.calendarUrl) links.push({ title: t('seminar.detail.addToCalendar'), url: input.calendarUrl });
  return { facts, agenda: active && s.agenda ? { title: t('seminar.detail.agenda'), text: s.agenda } : null, links };
}

/** Links as one Markdown line, "[Åbn mødelink](…) · [Føj til kalender](…)"; brackets and spaces are escaped. */
export function markdownLinks(links: CardLink[]): string {
  return links
    .map((l) => `[${l.title.replace(/[[\]]/g, '')}](${l.url.replace(/[()\s]/g, encodeURIComponent)})`)
    .join(' · ');
}
