import { button, submitButton, type Button } from '../button';
import type { CardModel } from '../card-model';
import { distinctLabels } from '../distinct-labels';
import { choiceCard } from './choice-card';

/** Up to this many options are buttons; more become a drop-down (Input.ChoiceSet compact, Slack static_select). */
export const MAX_PICKER_BUTTONS = 3;

/**
 * Longest button label we keep whole. Teams cuts a title that does not fit its button at the end, so labels must
 * differ at their start — which dropping the shared leading words ensures — and stay short.
 */
const BUTTON_LABEL = 40;

/** Longest drop-down choice kept whole (Slack cuts option text at 75 characters; Teams at the card's width). */
const CHOICE_LABEL = 60;

/** "Which one?": options that each send `verb` with `data` and the option's value under `field`. */
export interface PickerView {
  title: string;
  text: string;
  options: { label: string; value: string }[];
  /** The data key (and drop-down input id) the chosen value travels under, e.g. `teamId`. */
  field: string;
  verb: string;
  data?: Record<string, unknown>;
  /** The drop-down's label, its "choose one" error and its submit button's title. */
  select: { label: string; error: string; submit: string };
  /** Buttons after the choices (e.g. cancel). */
  extra?: Button[];
}

/** Builds a `choice` card: a button per option up to MAX_PICKER_BUTTONS, else a drop-down and a submit button. */
export function pickerCard(view: PickerView): CardModel {
  const data = view.data ?? {};
  const extra = view.extra ?? [];
  const asButtons = view.options.length <= MAX_PICKER_BUTTONS;
  const labels = distinctLabels(
    view.options.map((o) => o.label),
    asButtons ? BUTTON_LABEL : CHOICE_LABEL,
  );
  if (asButtons) {
    const buttons = view.options.map((o, i) => button(labels[i]!, view.verb, { ...data, [view.field]: o.value }));
    return choiceCard({ title: view.title, text: view.text, buttons: [...buttons, ...extra] });
  }
  return choiceCard({
    title: view.title,
    text: view.text,
    select: {
      id: view.field,
      label: view.select.label,
      error: view.select.error,
      choices: view.options.map((o, i) => ({ title: labels[i]!, value: o.value })),
      submit: submitButton(view.select.submit, view.verb, data),
    },
    ...(extra.length ? { buttons: extra } : {}),
  });
}
