import type { Button } from '../button';
import type { CardModel } from '../card-model';

/** For a person in no team: how to join, with a field for the invite code. */
export interface JoinView {
  headline: string | null;
  title: string;
  text: string;
  codeLabel: string;
  codePlaceholder: string;
  codeError: string;
  join: Button;
  buttons: Button[];
}

/** Builds the `join` card. */
export function joinCard(view: JoinView): CardModel {
  const summary = [view.headline, view.title, view.text].filter(Boolean).join(' ');
  return {
    template: 'join',
    summary,
    data: { ...view, hasHeadline: view.headline !== null, actions: [view.join, ...view.buttons] },
  };
}
