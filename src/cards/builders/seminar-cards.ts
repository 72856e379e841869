import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** A seminar reminder or change/cancellation notice: headline, details, agenda, meeting link and RSVP buttons. */
export interface SeminarReminderView {
  headline: string;
  headlineColor: 'Accent' | 'Warning' | 'Attention';
  title: string;
  facts: Fact[];
  agenda: { title: string; text: string } | null;
  /** The online meeting link, shown as a Markdown link (cards use Action.Execute only). */
  link: { title: string; url: string } | null;
  rsvpText: string | null;
  buttons: Button[];
  /** Plain-text fallback (notification preview). */
  summary: string;
}

/** Builds the `seminar-reminder` card. */
export function seminarReminderCard(view: SeminarReminderView): CardModel {
  const { summary, agenda, link, rsvpText, ...rest } = view;
  return {
    template: 'seminar-reminder',
    summary,
    data: {
      ...rest,
      hasAgenda: agenda !== null,
      agenda: agenda ?? { title: '', text: '' },
      hasLink: link !== null,
      linkText: link ? `[${link.title.replace(/[[\]]/g, '')}](${link.url.replace(/[()\s]/g, encodeURIComponent)})` : '',
      hasRsvp: rsvpText !== null,
      rsvpText: rsvpText ?? '',
    },
  };
}

/** The seminar card form: title, start, location or link, agenda, reminder offsets and recipients. */
export interface SeminarFormView {
  title: string;
  text: string;
  labels: Record<'title' | 'date' | 'time' | 'location' | 'onlineUrl' | 'agenda' | 'offsets' | 'scope' | 'required' | 'offsetsError', string>;
  values: Record<'title' | 'date' | 'time' | 'location' | 'onlineUrl' | 'agenda' | 'offsets' | 'scope', string>;
  scopes: Choice[];
  buttons: Button[];
}

/** Builds the `seminar-form` card. */
export function seminarFormCard(view: SeminarFormView): CardModel {
  return { template: 'seminar-form', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** Upcoming seminars, each with its own buttons (answer, or tally/edit/cancel for a tovholder). */
export interface SeminarListView {
  title: string;
  emptyText: string;
  seminars: Array<{ title: string; when: string; buttons: Button[] }>;
  buttons: Button[];
}

/** Builds the `seminar-list` card. */
export function seminarListCard(view: SeminarListView): CardModel {
  const summary = view.seminars.length ? `${view.title}: ${view.seminars.map((s) => s.title).join(', ')}` : view.emptyText;
  return { template: 'seminar-list', summary, data: { ...view, empty: view.seminars.length === 0 } };
}

/** The RSVP tally of a seminar: counts, who attends and who has not answered. */
export interface SeminarTallyView {
  title: string;
  when: string;
  facts: Fact[];
  attendingTitle: string;
  attending: string[];
  noAnswerTitle: string;
  noAnswer: string[];
  buttons: Button[];
}

/** Builds the `seminar-tally` card. */
export function seminarTallyCard(view: SeminarTallyView): CardModel {
  const list = (names: string[]) => (names.length ? names : ['–']).map((text) => ({ text }));
  return {
    template: 'seminar-tally',
    summary: `${view.title}: ${view.facts.map((f) => `${f.title} ${f.value}`).join(', ')}`,
    data: { ...view, attending: list(view.attending), noAnswer: list(view.noAnswer) },
  };
}
