import type { Button, Fact } from '../button';
import type { CardModel } from '../card-model';

/** What the user can do in their role: commands with examples and buttons for the common actions. */
export interface HelpView {
  /** A line above the title, e.g. "I did not understand that." or a welcome after joining. */
  headline: string | null;
  title: string;
  roleText: string;
  commandsTitle: string;
  commands: Fact[];
  footer: string;
  buttons: Button[];
}

/** Builds the `help` card. */
export function helpCard(view: HelpView): CardModel {
  const summary = [view.headline, view.title, view.roleText].filter(Boolean).join(' ');
  return { template: 'help', summary, data: { ...view, hasHeadline: view.headline !== null } };
}
