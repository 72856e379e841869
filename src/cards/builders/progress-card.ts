import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';

/** Teams' IHI progress scores with their trend, and for a team lead the month's score form. */
export interface ProgressView {
  headline: string | null;
  title: string;
  text: string;
  /** One row per team: its name and "3,5 ↑ – nov. 2026: reason". */
  teams: Fact[];
  form: {
    heading: string;
    scoreLabel: string;
    scores: Choice[];
    score: string;
    reasonLabel: string;
    reason: string;
    placeholder: string;
    scoreError: string;
    reasonError: string;
  } | null;
  buttons: Button[];
}

/** Builds the `progress` card. */
export function progressCard(view: ProgressView): CardModel {
  return {
    template: 'progress',
    summary: [view.headline, view.title, ...view.teams.map((f) => `${f.title}: ${f.value}`)].filter(Boolean).join(' '),
    data: { ...view, hasHeadline: view.headline !== null, hasForm: view.form !== null, form: view.form ?? {} },
  };
}
