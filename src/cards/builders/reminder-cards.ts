import type { Button, Fact } from '../button';
import type { CardModel } from '../card-model';

/** A scheduled reminder: missing data, a PDSA phase due, an action-plan follow-up, or the monthly progress score. */
export interface ReminderView {
  template: 'reminder-data' | 'reminder-pdsa' | 'reminder-action-plan' | 'reminder-progress';
  title: string;
  text: string;
  facts: Fact[];
  /** Concrete steps of an action plan (who does what, when); empty for the other reminders. */
  steps?: string[];
  buttons: Button[];
}

/** Builds a reminder card. */
export function reminderCard(view: ReminderView): CardModel {
  const { template, steps = [], ...rest } = view;
  return {
    template,
    summary: `${view.title}. ${view.text}`,
    data: { ...rest, hasSteps: steps.length > 0, steps: steps.map((text) => ({ text })) },
  };
}
