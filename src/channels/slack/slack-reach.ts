import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { matchListedPerson, ROLLOUT_MARK, type Clock, type Person, type ReachFailure, type Store } from '../../domain';
import type { Sleep } from './post-message';
import { platformError, rateLimitedSeconds } from './slack-errors';

/** Attempts per call after HTTP 429 (Retry-After is waited out in between). */
const RATE_LIMITED_ATTEMPTS = 3;
/** A person Slack did not know by email is looked up again after this long (they may join the workspace). */
export const NOT_FOUND_RECHECK_MS = 24 * 3600_000;

/** What one run did. */
export interface SlackReachRun {
  reached: number;
  already: number;
  failed: Array<{ personId: string; reason: ReachFailure }>;
}

/** The Web API methods the rollout uses (scopes users:read.email and im:write). */
export type ReachClient = Pick<webApi.WebClient, 'users' | 'conversations'>;

/**
 * Opens a DM with every listed person (email, at least one role) who has none yet: `users.lookupByEmail`, then
 * `conversations.open`; stores the channel and links the Slack identity. Runs one person at a time and waits out
 * 429s, so it stays inside Slack's Tier 3 limits; outcomes are recorded per person, a failure never stops the run.
 */
export async function reachSlackPeople(deps: {
  store: Store;
  clock: Clock;
  logger: Logger;
  client: ReachClient;
  workspaceId: string;
  sleep: Sleep;
}): Promise<SlackReachRun> {
  const { store, clock, workspaceId } = deps;
  const run: SlackReachRun = { reached: 0, already: 0, failed: [] };
  for (const person of await store.persons.list()) {
    if (person.deletedAt || !person.email || (await store.memberships.listForPerson(person.id)).length === 0) continue;
    if ((await store.conversationRefs.forPerson(person.id)).some((r) => r.platform === 'slack')) {
      run.already++;
      continue;
    }
    const last = await store.reach.get(person.id, 'slack');
    if (last?.reason === 'email_not_found' && clock.now().getTime() - last.updatedAt.getTime() < NOT_FOUND_RECHECK_MS)
      continue;
    const outcome = await reachOne(person, deps).catch((err: unknown) => ({
      reason: 'error' as const,
      detail: (err as Error).message,
    }));
    const now = clock.now();
    if ('channel' in outcome) {
      await store.conversationRefs.upsert(
        {
          platform: 'slack',
          tenantId: workspaceId,
          conversationId: outcome.channel,
          kind: 'personal',
          personId: person.id,
          teamId: null,
          reference: { channel: outcome.channel, [ROLLOUT_MARK]: true },
        },
        now,
      );
      await store.reach.record(
        { personId: person.id, platform: 'slack', tenantId: workspaceId, state: 'reached', reason: null, detail: null },
        now,
      );
      run.reached++;
    } else {
      await store.reach.record(
        {
          personId: person.id,
          platform: 'slack',
          tenantId: workspaceId,
          state: 'failed',
          reason: outcome.reason,
          detail: outcome.detail.slice(0, 500),
        },
        now,
      );
      run.failed.push({ personId: person.id, reason: outcome.reason });
    }
  }
  deps.logger.info({ reached: run.reached, already: run.already, failed: run.failed.length }, 'Slack rollout run');
  return run;
}

type Outcome = { channel: string } | { reason: ReachFailure; detail: string };

async function reachOne(person: Person, deps: Parameters<typeof reachSlackPeople>[0]): Promise<Outcome> {
  const found = await call(deps, () => deps.client.users.lookupByEmail({ email: person.email! }));
  if ('reason' in found)
    return found.detail === 'users_not_found' ? { reason: 'email_not_found', detail: found.detail } : found;
  const userId = found.value.user?.id;
  if (!userId) return { reason: 'email_not_found', detail: 'users.lookupByEmail returned no user' };
  const identity = { platform: 'slack' as const, tenantId: deps.workspaceId, userId };
  await matchListedPerson(deps.store, identity, [person.email], { personId: null, at: deps.clock.now() });
  const opened = await call(deps, () => deps.client.conversations.open({ users: userId }));
  if ('reason' in opened) return opened;
  const channel = opened.value.channel?.id;
  return channel ? { channel } : { reason: 'error', detail: 'conversations.open returned no channel' };
}

async function call<T>(
  deps: { sleep: Sleep },
  fn: () => Promise<T>,
): Promise<{ value: T } | { reason: ReachFailure; detail: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await fn() };
    } catch (err) {
      const retryAfter = rateLimitedSeconds(err);
      if (retryAfter !== undefined && attempt < RATE_LIMITED_ATTEMPTS) {
        await deps.sleep(retryAfter * 1000);
        continue;
      }
      if (retryAfter !== undefined) return { reason: 'rate_limited', detail: `429 after ${attempt} attempts` };
      const code = platformError(err) ?? (err as Error).message;
      if (code === 'users_not_found' || code === 'user_not_found') return { reason: 'user_gone', detail: code };
      if (code === 'user_disabled' || code === 'account_inactive') return { reason: 'user_gone', detail: code };
      if (code === 'missing_scope' || code === 'not_allowed_token_type')
        return { reason: 'app_not_installed', detail: code };
      return { reason: 'error', detail: code };
    }
  }
}
