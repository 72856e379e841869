import type { Logger } from 'pino';
import type { Clock, Locale, Person, Store } from '../../domain';
import type { SlackOrigin, UsersInfoClient } from './slack-turn';

/** How long a known person is reused without asking the store (the core reads it on every turn anyway). */
const KNOWN_TTL_MS = 60_000;

/** Who is behind a Slack interaction: the stored person (null on first contact) and Slack's name/locale for a new one. */
export interface SlackUser {
  person: Person | null;
  displayName?: string;
  localeHint?: Locale;
  /** Slack profile email (scope users:read.email); links a person `forbedringsbot setup` created by email. */
  email?: string;
  /** The language for the channel's own strings (buttons, refusals). */
  locale: Locale;
}

/** Resolves Slack users to persons. */
export interface SlackUsers {
  identify(origin: SlackOrigin, client: UsersInfoClient): Promise<SlackUser>;
}

/**
 * Looks the user up in the store (cached for a minute); on first contact asks `users.info` (users:read,
 * users:read.email) for name, locale and email, which the core uses to create the person. A failing Slack call only loses the name.
 */
export function createSlackUsers(store: Store, clock: Clock, logger: Logger): SlackUsers {
  const known = new Map<string, { person: Person; until: number }>();
  return {
    async identify(origin, client) {
      const key = `${origin.teamId}:${origin.userId}`;
      const now = clock.now().getTime();
      const cached = known.get(key);
      if (cached && cached.until > now) return { person: cached.person, locale: cached.person.locale };
      const person = await store.persons.findByIdentity({
        platform: 'slack',
        tenantId: origin.teamId,
        userId: origin.userId,
      });
      if (person) {
        known.set(key, { person, until: now + KNOWN_TTL_MS });
        return { person, locale: person.locale };
      }
      try {
        const { user } = await client.users.info({ user: origin.userId, include_locale: true });
        const displayName = user?.profile?.real_name || user?.real_name || user?.profile?.display_name || undefined;
        const email = user?.profile?.email || undefined;
        const localeHint: Locale | undefined = user?.locale
          ? user.locale.toLowerCase().startsWith('da')
            ? 'da'
            : 'en'
          : undefined;
        return {
          person: null,
          locale: localeHint ?? 'da',
          ...(displayName ? { displayName } : {}),
          ...(localeHint ? { localeHint } : {}),
          ...(email ? { email } : {}),
        };
      } catch (err) {
        logger.warn(
          { err: (err as Error).message, userId: origin.userId },
          'slack users.info failed; creating the person without a name',
        );
        return { person: null, locale: 'da' };
      }
    },
  };
}
