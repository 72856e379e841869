import type { TurnContext } from 'botbuilder';
import type { Clock, Store } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { conversationIdOf, conversationKind, identityOf, localeOf, referenceOf, tenantOf } from './activity-to-turn';

/** Teams sends both `installationUpdate` and `conversationUpdate` on install: greet once within this window. */
const HELLO_ONCE_MS = 3600_000;

/** What an install or uninstall does to the store and the chat. */
export interface InstallHandlers {
  /**
   * The bot was added (team, group chat or personal): store the conversation reference and, unless it came
   * back with an app upgrade, say hello once.
   */
  installed(context: TurnContext, options?: { greet: boolean }): Promise<void>;
  /** The bot was removed: mark the stored reference dead so nothing is sent there again. */
  removed(context: TurnContext): Promise<void>;
}

/** Install handlers over the store; they never touch the conversation core. */
export function createInstallHandlers(deps: { store: Store; clock: Clock }): InstallHandlers {
  const { store, clock } = deps;

  return {
    async installed(context, options = { greet: true }) {
      const activity = context.activity;
      const now = clock.now();
      const tenantId = tenantOf(activity);
      const conversationId = conversationIdOf(activity);
      const kind = conversationKind(activity);
      const existing = await store.conversationRefs.find('teams', tenantId, conversationId);
      const person = kind === 'personal' ? await store.persons.findByIdentity(identityOf(activity)) : null;
      await store.conversationRefs.upsert(
        {
          platform: 'teams',
          tenantId,
          conversationId,
          kind,
          personId: person?.id ?? existing?.personId ?? null,
          teamId: existing?.teamId ?? null,
          reference: referenceOf(activity),
        },
        now,
      );
      if (!options.greet) return;
      const first = await store.idempotency.claim(`teams:hello:${tenantId}:${conversationId}`, now, HELLO_ONCE_MS);
      if (!first) return;
      const t = createTranslator(person?.locale ?? localeOf(activity) ?? 'da');
      const text =
        kind === 'personal'
          ? t('teams.helloPersonal', { name: firstName(activity.from?.name) }).replace(/ !/, '!')
          : t('teams.helloTeam', { where: t(kind === 'channel' ? 'teams.whereChannel' : 'teams.whereChat') });
      await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
    },

    async removed(context) {
      const activity = context.activity;
      const ref = await store.conversationRefs.find('teams', tenantOf(activity), conversationIdOf(activity));
      if (ref && !ref.deadAt) await store.conversationRefs.markDead(ref.id, clock.now());
    },
  };
}

function firstName(name: string | undefined): string {
  return name?.trim().split(/\s+/)[0] ?? '';
}
