import type { Button, Choice, Fact } from '../button';
import type { CardModel, CardRefresh } from '../card-model';
import { markdownLinks, type CardLink, type SeminarDetails } from './seminar-details';

/** A seminar reminder or change/cancellation notice: headline, details, agenda, meeting link and RSVP buttons. */
export interface SeminarReminderView {
  headline: string;
  headlineColor: 'Accent' | 'Warning' | 'Attention';
  title: string;
  facts: Fact[];
  agenda: { title: string; text: string } | null;
  /** Meeting link, material and calendar file, shown as Markdown links (cards use Action.Execute only). */
  links: CardLink[];
  rsvpText: string | null;
  buttons: Button[];
  /** Plain-text fallback (notification preview). */
  summary: string;
}

/** The view verb of a seminar's RSVP card: in Teams group chats and channels each viewer sees their own answer. */
export const SEMINAR_CARD_VIEW = 'seminar.card';

/** The refresh of a seminar's RSVP card (CardModel.refresh). */
export function seminarRefresh(seminarId: string): CardRefresh {
  return { verb: SEMINAR_CARD_VIEW, data: { seminarId }, teamId: null };
}

/** Builds the `seminar-reminder` card. */
export function seminarReminderCard(view: SeminarReminderView): CardModel {
  const { summary, agenda, links, rsvpText, ...rest } = view;
  return {
    template: 'seminar-reminder',
    summary,
    data: {
      ...rest,
      hasAgenda: agenda !== null,
      agenda: agenda ?? { title: '', text: '' },
      hasLink: links.length > 0,
      linkText: markdownLinks(links),
      hasRsvp: rsvpText !== null,
      rsvpText: rsvpText ?? '',
    },
  };
}

/** The inputs of the seminar form. */
export type SeminarFormField =
  | 'title'
  | 'date'
  | 'time'
  | 'endTime'
  | 'location'
  | 'onlineUrl'
  | 'materialUrl'
  | 'agenda'
  | 'offsets'
  | 'scope';

/** The seminar card form: title, start and end, location or link, material, agenda, reminder offsets and recipients. */
export interface SeminarFormView {
  title: string;
  text: string;
  labels: Record<SeminarFormField | 'required' | 'offsetsError', string>;
  values: Record<SeminarFormField, string>;
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
  seminars: Array<{ title: string; when: string; details: SeminarDetails; buttons: Button[] }>;
  buttons: Button[];
}

/** Builds the `seminar-list` card. */
export function seminarListCard(view: SeminarListView): CardModel {
  const summary = view.seminars.length
    ? `${view.title}: ${view.seminars.map((s) => s.title).join(', ')}`
    : view.emptyText;
  const seminars = view.seminars.map(({ details, ...s }) => ({
    ...s,
    facts: details.facts,
    hasAgenda: details.agenda !== null,
    agenda: details.agenda ?? { title: '', text: '' },
    hasLink: details.links.length > 0,
    linkText: markdownLinks(details.links),
  }));
  return { template: 'seminar-list', summary, data: { ...view, seminars, empty: view.seminars.length === 0 } };
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

/** The material form of a seminar: one link input (empty removes the link) and a submit button. */
export interface SeminarMaterialView {
  title: string;
  text: string;
  label: string;
  value: string;
  buttons: Button[];
}

/** Builds the `seminar-material` card. */
export function seminarMaterialCard(view: SeminarMaterialView): CardModel {
  return { template: 'seminar-material', summary: `${view.title}. ${view.text}`, data: { ...view } };
}
