import { button, submitButton } from '../../cards/button';
import { joinCard } from '../../cards/builders/join-card';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';

/** The "how to join" card for a person in no team, instead of an error. */
export function joinReplies(ctx: FlowContext, headline: string | null = null): Reply[] {
  const { t } = ctx;
  const card = joinCard({
    headline,
    title: t('join.title'),
    text: t('join.text'),
    codeLabel: t('join.codeLabel'),
    codePlaceholder: t('join.codePlaceholder'),
    codeError: t('join.codeError'),
    join: submitButton(t('join.button'), 'onboarding.join'),
    buttons: [languageButton(ctx)],
  });
  return [{ card }];
}

/** Switches the reply language to the other one. */
export function languageButton(ctx: FlowContext) {
  return button(ctx.t('help.button.language'), 'settings.language', { locale: ctx.locale === 'da' ? 'en' : 'da' });
}
