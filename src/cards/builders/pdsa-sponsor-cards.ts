import type { Button } from '../button';
import type { CardModel } from '../card-model';

/** The small form for what a team asks of its sponsor on a PDSA cycle (`sponsorHelp`, at most 1000 characters). */
export interface PdsaSponsorFormView {
  headline: string | null;
  title: string;
  text: string;
  label: string;
  value: string;
  placeholder: string;
  submit: Button;
  buttons: Button[];
}

/** Builds the `pdsa-sponsor-form` card. */
export function pdsaSponsorFormCard(view: PdsaSponsorFormView): CardModel {
  return {
    template: 'pdsa-sponsor-form',
    summary: [view.headline, view.title, view.text].filter(Boolean).join(' '),
    data: { ...view, hasHeadline: view.headline !== null, actions: [view.submit, ...view.buttons] },
  };
}
