import type { ChannelAccount, CloudAdapter, TeamsChannelAccount, TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder';
import type { Logger } from 'pino';
import { matchListedPerson, RETRYABLE_REACH_FAILURES, type Clock, type Store, type TenantBudget } from '../../domain';
import { tenantOf } from './activity-to-turn';
import { openPersonalChat, type PersonalChatTarget } from './open-personal-chat';
import { readRoster } from './roster';
import type { Sleep } from './teams-notifier';

/** Attempts per member and run for a 429 or transient failure (the next roster event tries again). */
export const REACH_ATTEMPTS = 3;
/** Backoff for a transient failure without Retry-After. */
const BACKOFF_MS = 1000;

/** What one member came to. */
export type MemberOutcome = 'reached' | 'already' | 'unlisted' | 'failed';

/** Dependencies; `limiter` is the tenant budget the scheduler's sends draw from too (one per tenant). */
export interface RosterReachDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** The proactive adapter (no SDK retries: 429 is ours to honour). */
  adapter: CloudAdapter;
  appId: string;
  limiter: TenantBudget;
  sleep: Sleep;
}

/** Opens personal chats with listed people found in Teams rosters. */
export interface RosterReach {
  /** Reads the roster during this turn, then reaches every listed member in the background. */
  fromRoster(context: TurnContext): Promise<void>;
  /** Members added later (`membersAdded` without the bot): looked up, then reached in the background. */
  added(context: TurnContext, members: ChannelAccount[]): Promise<void>;
  /** Members removed from the roster: those without a personal chat are recorded as having left. */
  removed(context: TurnContext, members: ChannelAccount[]): Promise<void>;
  /** Resolves when all background work started so far is done (tests, benchmark, shutdown). */
  idle(): Promise<void>;
}

/** The roster reach of the Teams channel. Failures are recorded per person and never stop the others. */
export function createRosterReach(deps: RosterReachDeps): RosterReach {
  const { store, clock, logger } = deps;
  const pending = new Set<Promise<unknown>>();
  const inFlight = new Set<string>();
  const actor = () => ({ personId: null, at: clock.now() });

  function background(work: Promise<unknown>): void {
    const p = work
      .catch((err: unknown) => logger.error({ err }, 'Teams roster reach failed'))
      .finally(() => pending.delete(p));
    pending.add(p);
  }

  async function reach(member: TeamsChannelAccount, base: Omit<PersonalChatTarget, 'user'>): Promise<MemberOutcome> {
    const identity = { platform: 'teams' as const, tenantId: base.tenantId, userId: member.aadObjectId ?? member.id };
    const person = await matchListedPerson(store, identity, [member.email, member.userPrincipalName], actor());
    if (!person) return 'unlisted';
    if (
      (await store.conversationRefs.forPerson(person.id)).some((r) => r.platform === 'teams') ||
      inFlight.has(person.id)
    )
      return 'already';
    inFlight.add(person.id);
    try {
      const user = {
        id: member.id,
        ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
        ...(member.name ? { name: member.name } : {}),
      };
      for (let attempt = 1; ; attempt++) {
        const opened = await deps.limiter.run(base.tenantId, () =>
          openPersonalChat(deps.adapter, deps.appId, { ...base, user }, clock.now()),
        );
        const now = clock.now();
        if (opened.ok) {
          await store.conversationRefs.upsert(
            {
              platform: 'teams',
              tenantId: base.tenantId,
              conversationId: opened.conversationId,
              kind: 'personal',
              personId: person.id,
              teamId: null,
              reference: opened.reference,
            },
            now,
          );
          await store.reach.record(
            {
              personId: person.id,
              platform: 'teams',
              tenantId: base.tenantId,
              state: 'reached',
              reason: null,
              detail: null,
            },
            now,
          );
          return 'reached';
        }
        // A 429 pauses the whole tenant budget (the scheduler's sends too); the retry waits in the budget.
        if (opened.retryAfterMs !== undefined) deps.limiter.pause(base.tenantId, opened.retryAfterMs);
        if (RETRYABLE_REACH_FAILURES.has(opened.reason) && attempt < REACH_ATTEMPTS) {
          if (opened.retryAfterMs === undefined) await deps.sleep(BACKOFF_MS * 2 ** (attempt - 1));
          continue;
        }
        await store.reach.record(
          {
            personId: person.id,
            platform: 'teams',
            tenantId: base.tenantId,
            state: 'failed',
            reason: opened.reason,
            detail: opened.detail,
          },
          now,
        );
        logger.warn(
          { personId: person.id, reason: opened.reason, detail: opened.detail },
          'could not open a personal Teams chat',
        );
        return 'failed';
      }
    } finally {
      inFlight.delete(person.id);
    }
  }

  async function reachAll(members: TeamsChannelAccount[], base: Omit<PersonalChatTarget, 'user'>): Promise<void> {
    const outcomes = await Promise.all(
      members.map((m) =>
        reach(m, base).catch((err: unknown) => {
          logger.error({ err, memberId: m.id }, 'reaching a roster member failed');
          return 'failed' as const;
        }),
      ),
    );
    const count = (o: MemberOutcome) => outcomes.filter((x) => x === o).length;
    logger.info(
      { members: members.length, reached: count('reached'), already: count('already'), failed: count('failed') },
      'Teams roster reach',
    );
  }

  function baseOf(context: TurnContext): Omit<PersonalChatTarget, 'user'> {
    const a = context.activity;
    return {
      serviceUrl: a.serviceUrl,
      tenantId: tenantOf(a),
      bot: { id: a.recipient.id, ...(a.recipient.name ? { name: a.recipient.name } : {}) },
    };
  }

  return {
    async fromRoster(context) {
      const base = baseOf(context);
      try {
        const members = await readRoster(context, (read) => deps.limiter.run(base.tenantId, read));
        background(reachAll(members, base));
      } catch (err) {
        // The install itself still succeeds; members are reached when they are added or the app is installed again.
        logger.warn(
          { err: (err as Error).message, conversationId: context.activity.conversation?.id },
          'Teams roster read failed',
        );
      }
    },
    async added(context, members) {
      const base = baseOf(context);
      const accounts: TeamsChannelAccount[] = [];
      for (const m of members) {
        if (m.id === context.activity.recipient.id) continue;
        try {
          accounts.push(await TeamsInfo.getMember(context, m.id));
        } catch (err) {
          logger.warn({ err: (err as Error).message, memberId: m.id }, 'roster lookup of an added member failed');
        }
      }
      if (accounts.length) background(reachAll(accounts, base));
    },
    async removed(context, members) {
      const tenantId = tenantOf(context.activity);
      for (const m of members) {
        if (m.id === context.activity.recipient.id) continue;
        const aad = (m as { aadObjectId?: string }).aadObjectId;
        const person = await store.persons.findByIdentity({ platform: 'teams', tenantId, userId: aad ?? m.id });
        if (!person || (await store.conversationRefs.forPerson(person.id)).some((r) => r.platform === 'teams'))
          continue;
        await store.reach.record(
          { personId: person.id, platform: 'teams', tenantId, state: 'failed', reason: 'left_team', detail: null },
          clock.now(),
        );
      }
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
