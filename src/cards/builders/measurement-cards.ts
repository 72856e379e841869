import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** The confirmation after a measurement was stored: what, the median, the signal, and undo. */
export interface MeasurementStoredView {
  title: string;
  facts: Fact[];
  signalTitle: string;
  signalText: string;
  /** True when this very point completed a signal (shown highlighted). */
  signalIsNew: boolean;
  undoHint: string;
  buttons: Button[];
}

/** Builds the `measurement-stored` card. */
export function measurementStoredCard(view: MeasurementStoredView): CardModel {
  return {
    template: 'measurement-stored',
    summary: `${view.title}. ${view.signalText}`,
    data: { ...view, signalColor: view.signalIsNew ? 'Attention' : 'Default' },
  };
}

/** A period already has a value: replace it or keep it. */
export interface ConfirmReplaceView {
  title: string;
  text: string;
  facts: Fact[];
  buttons: Button[];
}

/** Builds the `measurement-confirm-replace` card. */
export function confirmReplaceCard(view: ConfirmReplaceView): CardModel {
  return { template: 'measurement-confirm-replace', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** The measurement form: a measure picker (or one fixed measure), period, value(s) and note. */
export interface MeasurementFormView {
  title: string;
  text: string;
  /** Picker of the team's measures; null when the form is for one fixed measure. */
  picker: { label: string; choices: Choice[]; value: string; error: string } | null;
  period: { label: string; value: string; placeholder: string; error: string };
  /** One value field (count, value, or any measure when picking). */
  single: { label: string; placeholder: string; error: string } | null;
  /** Numerator and denominator fields (a fixed proportion or rate measure). */
  fraction: { numeratorLabel: string; denominatorLabel: string; error: string } | null;
  note: { label: string; placeholder: string };
  submit: Button;
  buttons: Button[];
}

/** Builds the `measurement-form` card. */
export function measurementFormCard(view: MeasurementFormView): CardModel {
  return {
    template: 'measurement-form',
    summary: `${view.title}. ${view.text}`,
    data: {
      ...view,
      hasPicker: view.picker !== null,
      hasSingle: view.single !== null,
      hasFraction: view.fraction !== null,
      actions: [view.submit, ...view.buttons],
    },
  };
}
