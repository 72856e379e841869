import type { TurnContext } from 'botbuilder';
import { describeIntroduction, type Clock, type Person, type Store } from '../../domain';
import { introductionText } from '../../i18n/introduction-text';
import { createTranslator } from '../../i18n/translator';
import { conversationIdOf, conversationKind, localeOf, referenceOf, tenantOf } from './activity-to-turn';
import { teamIdOf } from './roster';
import type { RosterReach } from './roster-reach';

/** Teams sends both `installationUpdate` and `conversationUpdate` on install: greet once within this window. */
const HELLO_ONCE_MS = 3600_000;
/** ...and the roster is read once for both. */
const ROSTER_ONCE_MS = 60_000;

/** What an install or uninstall does to the store and the chat. */
export interface InstallHandlers {
  /**
   * The bot was added (team, group chat or personal): store the conversation reference and, unless it came
   * back with an app upgrade, say hello once. In a team or group chat the roster is read and every listed member
   * is reached; a personal install links the listed person by email and introduces the bot to them once.
   */
  installed(context: TurnContext, options?: { greet: boolean }): Promise<void>;
  /** The bot was removed: mark the stored reference (and, for a team, every channel of it) dead. */
  removed(context: TurnContext): Promise<void>;
}

/** Dependencies: the store, the roster reach, and how to find a listed person for a personal install. */
export interface InstallDeps {
  store: Store;
  clock: Clock;
  reach: RosterReach;
  linkPerson(context: TurnContext): Promise<Person | null>;
}

/** Install handlers over the store; they never touch the conversation core. */
export function createInstallHandlers(deps: InstallDeps): InstallHandlers {
  const { store, clock } = deps;

  return {
    async installed(context, options = { greet: true }) {
      const activity = context.activity;
      const now = clock.now();
      const tenantId = tenantOf(activity);
      const conversationId = conversationIdOf(activity);
      const kind = conversationKind(activity);
      const existing = await store.conversationRefs.find('teams', tenantId, conversationId);
      const person = kind === 'personal' ? await deps.linkPerson(context) : null;
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
      if (person)
        await store.reach.record(
          { personId: person.id, platform: 'teams', tenantId, state: 'reached', reason: null, detail: null },
          now,
        );
      if (
        kind !== 'personal' &&
        (await store.idempotency.claim(`teams:roster:${tenantId}:${conversationId}`, now, ROSTER_ONCE_MS))
      ) {
        await deps.reach.fromRoster(context);
      }
      if (!options.greet) return;
      const first = await store.idempotency.claim(`teams:hello:${tenantId}:${conversationId}`, now, HELLO_ONCE_MS);
      if (!first) return;
      const t = createTranslator(person?.locale ?? localeOf(activity) ?? 'da');
      let text: string;
      if (person && (await store.contactPrefs.claimIntroduction(person.id, now))) {
        text = introductionText(await describeIntroduction(store, person.id), t);
      } else if (kind === 'personal') {
        text = t('teams.helloPersonal', { name: firstName(activity.from?.name) }).replace(/ !/, '!');
      } else {
        text = t('teams.helloTeam', { where: t(kind === 'channel' ? 'teams.whereChannel' : 'teams.whereChat') });
      }
      await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
    },

    async removed(context) {
      const activity = context.activity;
      const now = clock.now();
      const tenantId = tenantOf(activity);
      const ref = await store.conversationRefs.find('teams', tenantId, conversationIdOf(activity));
      if (ref && !ref.deadAt) await store.conversationRefs.markDead(ref.id, now);
      // Removed from a team: every channel of that team linked with `forbind` stops too (teamMemberRemoved for the bot).
      const teamsTeamId = teamIdOf(context);
      if (!teamsTeamId) return;
      for (const other of await store.conversationRefs.listLive('teams', tenantId)) {
        if (
          other.kind !== 'personal' &&
          (other.reference.teamsTeamId === teamsTeamId || other.conversationId === teamsTeamId)
        ) {
          await store.conversationRefs.markDead(other.id, now);
        }
      }
    },
  };
}

function firstName(name: string | undefined): string {
  return name?.trim().split(/\s+/)[0] ?? '';
}
