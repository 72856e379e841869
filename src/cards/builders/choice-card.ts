import type { Button, Choice } from '../button';
import type { CardModel } from '../card-model';

/** A question with answer buttons, or a drop-down and a submit button (ambiguity, typo, team picker). */
export interface ChoiceView {
  title: string;
  text: string;
  buttons?: Button[];
  /** `error` is shown when nothing is chosen (default: the label); use the catalogue's `common.chooseOne`. */
  select?: { id: string; label: string; error?: string; choices: Choice[]; submit: Button };
}

/** Builds the `choice` card. */
export function choiceCard(view: ChoiceView): CardModel {
  const buttons = view.select ? [view.select.submit, ...(view.buttons ?? [])] : (view.buttons ?? []);
  return {
    template: 'choice',
    summary: `${view.title}: ${view.text}`,
    data: {
      title: view.title,
      text: view.text,
      hasSelect: Boolean(view.select),
      select: view.select ? { ...view.select, error: view.select.error ?? view.select.label } : null,
      buttons,
    },
  };
}
