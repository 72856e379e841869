import { button } from '../../cards/button';
import { choiceCard } from '../../cards/builders/choice-card';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';
import { correctedCommand } from './command-typo';

/** Longest corrected command shown whole on its button; Teams cuts longer titles at card width. */
const MAX_BUTTON_TITLE = 40;

/**
 * The short answer to text no command claims: the command it most likely misspells, as a button that runs it, and
 * a Hjælp button — not the whole help card, which would bury the one line that matters.
 */
export function unrecognisedReply(ctx: FlowContext, text: string): Reply {
  const { t } = ctx;
  const help = button(t('unknown.button.help'), 'help.show');
  const corrected = correctedCommand(ctx, text);
  if (!corrected) return { card: choiceCard({ title: t('unknown.title'), text: t('unknown.text'), buttons: [help] }) };
  const title = corrected.length > MAX_BUTTON_TITLE ? `${corrected.slice(0, MAX_BUTTON_TITLE - 1)}…` : corrected;
  return {
    card: choiceCard({
      title: t('unknown.didYouMean', { text: corrected }),
      text: t('unknown.didYouMeanText'),
      buttons: [button(title, 'help.run', { text: corrected }, 'positive'), help],
    }),
  };
}
