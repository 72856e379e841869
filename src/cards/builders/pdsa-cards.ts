import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** The longest text of one PDSA field shown on a card; longer text is cut (the full text stays stored). */
export const MAX_FIELD_CHARS = 600;

/** Cuts a field to MAX_FIELD_CHARS with an ellipsis. */
export function clip(text: string): string {
  return text.length > MAX_FIELD_CHARS ? `${text.slice(0, MAX_FIELD_CHARS - 1)}…` : text;
}

/** One row of the PDSA list: a cycle, its phase and next due step. */
export interface PdsaListItem {
  title: string;
  phaseText: string;
  dueText: string;
  /** "Attention" when overdue, else "Default". */
  dueColor: 'Attention' | 'Default';
  open: Button;
}

/** The team's PDSA cycles. */
export interface PdsaListView {
  title: string;
  text: string;
  items: PdsaListItem[];
  buttons: Button[];
}

/** Builds the `pdsa-list` card. */
export function pdsaListCard(view: PdsaListView): CardModel {
  return { template: 'pdsa-list', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** A text field of a form: input id, label, value, and whether it takes several lines. */
export interface FormField {
  id: string;
  label: string;
  value: string;
  multiline: boolean;
  placeholder: string;
  /** Asked for before the form is sent: Teams marks the label, Slack does not call it optional. */
  required?: boolean;
  /** Shown when a required field is empty. */
  error?: string;
}

/** A date field of a form (`YYYY-MM-DD` or empty). */
export interface DateField {
  id: string;
  label: string;
  value: string;
}

/** The Plan form (IHI worksheet) of a new cycle, possibly prefilled from a draft or the previous cycle. */
export interface PdsaPlanFormView {
  headline: string | null;
  title: string;
  text: string;
  fields: FormField[];
  measures: { label: string; choices: Choice[]; value: string } | null;
  dueTitle: string;
  dates: DateField[];
  submit: Button;
  buttons: Button[];
}

/** Builds the `pdsa-plan-form` card. */
export function pdsaPlanFormCard(view: PdsaPlanFormView): CardModel {
  return {
    template: 'pdsa-plan-form',
    summary: [view.headline, view.title, view.text].filter(Boolean).join(' '),
    data: {
      ...view,
      fields: view.fields.map((f) => ({ ...f, required: f.required ?? false, error: f.error ?? '' })),
      // Two date inputs side by side: four in one row are too narrow on a phone.
      dateRows: pairs(view.dates).map((dates) => ({ dates })),
      hasHeadline: view.headline !== null,
      hasMeasures: view.measures !== null,
      actions: [view.submit, ...view.buttons],
    },
  };
}

function pairs<T>(items: T[]): T[][] {
  return items.flatMap((_item, i) => (i % 2 === 0 ? [items.slice(i, i + 2)] : []));
}

/** A phase already written: its heading and fields. */
export interface PdsaSection {
  heading: string;
  facts: Fact[];
}

/** The form of the cycle's current phase (Do, Study or Act). */
export interface PdsaPhaseForm {
  phase: 'do' | 'study' | 'act';
  heading: string;
  fields: FormField[];
  dates: DateField[];
  decision: { label: string; choices: Choice[]; error: string } | null;
}

/** One PDSA cycle: what was written in earlier phases, and the form (or button) for the next step. */
export interface PdsaCycleView {
  headline: string | null;
  title: string;
  status: string;
  sections: PdsaSection[];
  form: PdsaPhaseForm | null;
  buttons: Button[];
}

/** Builds the `pdsa-cycle` card. */
export function pdsaCycleCard(view: PdsaCycleView): CardModel {
  return {
    template: 'pdsa-cycle',
    summary: [view.headline, view.title, view.status].filter(Boolean).join(' '),
    data: {
      ...view,
      hasHeadline: view.headline !== null,
      hasForm: view.form !== null,
      hasDecision: view.form?.decision != null,
    },
  };
}

/** The form for the due date of a cycle's current phase. */
export interface PdsaDueFormView {
  headline: string | null;
  title: string;
  text: string;
  label: string;
  /** `YYYY-MM-DD` or empty. */
  value: string;
  /** The earliest date the picker offers (today). */
  min: string;
  submit: Button;
  buttons: Button[];
}

/** Builds the `pdsa-due-form` card. */
export function pdsaDueFormCard(view: PdsaDueFormView): CardModel {
  return {
    template: 'pdsa-due-form',
    summary: [view.headline, view.title, view.text].filter(Boolean).join(' '),
    data: { ...view, hasHeadline: view.headline !== null, actions: [view.submit, ...view.buttons] },
  };
}
