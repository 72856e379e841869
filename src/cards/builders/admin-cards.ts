import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** A text input of an admin form: label, current value, placeholder and the message when invalid. */
export interface FormText {
  label: string;
  value: string;
  placeholder: string;
  error: string;
}

/** A drop-down of an admin form. */
export interface FormChoice {
  label: string;
  value: string;
  choices: Choice[];
}

/** The form for a new team; `collaborative` is null when the person administers only one. */
export interface TeamFormView {
  title: string;
  text: string;
  /** Shown above the fields when the previous submit was refused. */
  error: string | null;
  /** Message for an empty required field. */
  required: string;
  collaborative: FormChoice | null;
  name: FormText;
  department: FormText;
  region: FormChoice;
  municipality: FormText;
  submit: Button;
}

/** Builds the `admin-team-form` card. */
export function adminTeamFormCard(view: TeamFormView): CardModel {
  return {
    template: 'admin-team-form',
    summary: `${view.title}. ${view.text}`,
    data: { ...view, ...formFlags(view), buttons: [view.submit] },
  };
}

/** The form for a new measure; `scope` is null for a lead (team measures only), `team` null without teams. */
export interface MeasureFormView {
  title: string;
  text: string;
  error: string | null;
  required: string;
  collaborative: FormChoice | null;
  code: FormText;
  name: FormText;
  unitKind: FormChoice;
  unit: FormText;
  goal: FormText;
  direction: FormChoice;
  period: FormChoice;
  type: FormChoice;
  /** The control chart: auto or one that fits the unit kind. */
  chart: FormChoice;
  scope: FormChoice | null;
  team: FormChoice | null;
  submit: Button;
}

/** Builds the `admin-measure-form` card. */
export function adminMeasureFormCard(view: MeasureFormView): CardModel {
  return {
    template: 'admin-measure-form',
    summary: `${view.title}. ${view.text}`,
    data: {
      ...view,
      ...formFlags(view),
      hasScope: view.scope !== null,
      hasTeam: view.team !== null,
      buttons: [view.submit],
    },
  };
}

/** A team or measure was created: what, and what to do next. */
export interface AdminCreatedView {
  title: string;
  facts: Fact[];
  text: string;
  buttons: Button[];
}

/** Builds the `admin-created` card. */
export function adminCreatedCard(view: AdminCreatedView): CardModel {
  return { template: 'admin-created', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** The teams a person can see, each with its people and channel, and per-team buttons (invite). */
export interface TeamListView {
  title: string;
  /** E.g. "Showing 20 of 31 teams"; null when all are shown. */
  note: string | null;
  teams: Array<{ name: string; detail: string; facts: Fact[]; buttons: Button[] }>;
  buttons: Button[];
}

/** Builds the `admin-teams` card. */
export function adminTeamsCard(view: TeamListView): CardModel {
  return {
    template: 'admin-teams',
    summary: `${view.title}: ${view.teams.map((t) => t.name).join(', ')}`,
    data: {
      title: view.title,
      hasNote: view.note !== null,
      note: view.note ?? '',
      teams: view.teams.map((t) => ({ ...t, hasButtons: t.buttons.length > 0 })),
      buttons: view.buttons,
    },
  };
}

function formFlags(view: { error: string | null; collaborative: FormChoice | null }) {
  return {
    hasError: view.error !== null,
    error: view.error ?? '',
    hasCollaborative: view.collaborative !== null,
    collaborative: view.collaborative ?? { label: '', value: '', choices: [] },
  };
}
