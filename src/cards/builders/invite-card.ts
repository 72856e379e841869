import type { Button, Fact } from '../button';
import type { CardModel } from '../card-model';

/** A new invite code with its team, role, expiry and how to use it. */
export interface InviteView {
  title: string;
  code: string;
  facts: Fact[];
  text: string;
  buttons: Button[];
}

/** Builds the `invite-created` card. */
export function inviteCard(view: InviteView): CardModel {
  return { template: 'invite-created', summary: `${view.title}: ${view.code}. ${view.text}`, data: { ...view } };
}
