import { z } from 'zod';
import type { Locale } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { helpReplies } from './help-flow';

const LOCALE_WORDS: Record<string, Locale> = {
  da: 'da',
  dansk: 'da',
  danish: 'da',
  en: 'en',
  engelsk: 'en',
  english: 'en',
};

/** `sprog en` / `language da`: the person's reply language; answers with help in the new language. */
async function setLanguage(ctx: FlowContext, word: string): Promise<Reply[]> {
  const locale = LOCALE_WORDS[word.trim().toLowerCase()];
  if (!locale) return [{ text: ctx.t('settings.languageUsage') }];
  const person = await ctx.store.persons.update(
    ctx.person.id,
    { locale },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const next = { ...ctx, person, locale, t: createTranslator(locale) };
  return [{ text: next.t('settings.languageSet') }, ...(await helpReplies(next))];
}

const languageSchema = z.object({ locale: z.enum(['da', 'en']) });

/** Personal settings. */
export const settingsFlow: Flow = {
  name: 'settings',
  commands: [
    {
      words: ['sprog', 'language'],
      help: {
        usage: 'settings.cmd.language',
        description: 'settings.cmd.language.text',
        roles: ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'],
      },
      handle: setLanguage,
    },
  ],
  actions: { 'settings.language': (ctx, data) => setLanguage(ctx, parseData(languageSchema, data).locale) },
};
