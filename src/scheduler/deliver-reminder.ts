import type { Logger } from 'pino';
import {
  failureText,
  isPaused,
  type CalendarLinks,
  type ChartLinks,
  type Clock,
  type DeliveryResult,
  type Notifier,
  type Platform,
  type Reminder,
  type Store,
  type StoryboardLinks,
} from '../domain';
import { createTranslator } from '../i18n/translator';
import { prepareMessage } from './messages/prepare-message';
import type { RateLimiter } from './rate-limiter';
import { introduceOnce } from './introduce-once';
import { resolveTarget } from './resolve-target';
import { retryDelayMs, type RetryPolicy } from './retry-policy';
import type { TimeRules } from './time-rules';

/** What happened to one claimed reminder. `deferred`: left to its lease (no slot before the lease ran out). */
export type Outcome = 'delivered' | 'retried' | 'failed' | 'dropped' | 'deferred';

/** Dependencies of one delivery. */
export interface DeliveryDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  notifiers: Map<string, Notifier>;
  limiter(platform: Platform): RateLimiter;
  charts: ChartLinks | null;
  /** Seminar calendar links for seminar cards. */
  calendar?: CalendarLinks | null;
  storyboards?: StoryboardLinks | null;
  retry: RetryPolicy;
  rules: TimeRules;
  /** Do not start a send this close to the end of the lease (another instance may reclaim the row then). */
  leaseSafetyMs: number;
  /** True once a graceful shutdown began: start no new send (the row is released instead). */
  stopping?: () => boolean;
  /** The row's lease end as extended by heartbeats (default: its claim-time end). */
  leaseEnd?: (r: Reminder) => Date | null;
}

/**
 * Delivers one claimed reminder: resolve the conversation, build the message (or drop it when no longer
 * relevant), send it through the platform's notifier at the conversation's pace, then record the outcome.
 * Marked delivered only after the platform accepted; never throws.
 */
export async function deliverReminder(r: Reminder, deps: DeliveryDeps): Promise<Outcome> {
  const { store, clock, logger } = deps;
  const log = logger.child({ reminderId: r.id, kind: r.kind });
  try {
    const target = await resolveTarget(store, r.recipient, deps.notifiers);
    if (!target.ok) {
      if (target.outcome === 'dropped') await store.reminders.markDropped(r, target.reason);
      else await store.reminders.markFailed(r, target.reason);
      log.warn({ reason: target.reason }, `reminder ${target.outcome}`);
      return target.outcome;
    }
    if (r.recipient.kind === 'person' && isPaused(await store.contactPrefs.get(r.recipient.personId), r.kind)) {
      await store.reminders.markDropped(r, 'PAUSED: the person paused this kind of reminder');
      log.info('reminder dropped: paused by the person');
      return 'dropped';
    }
    const t = createTranslator(target.locale);
    const prepared = await prepareMessage(r, {
      store,
      now: clock.now(),
      locale: target.locale,
      t,
      zone: target.zone,
      rules: deps.rules,
      charts: deps.charts,
      calendar: deps.calendar,
      storyboards: deps.storyboards,
    });
    if ('drop' in prepared) {
      await store.reminders.markDropped(r, prepared.drop);
      log.info({ reason: prepared.drop }, 'reminder dropped: no longer relevant');
      return 'dropped';
    }
    if ('retryAt' in prepared) {
      await store.reminders.markRetry(r, prepared.retryAt, prepared.reason);
      return 'retried';
    }
    const { ref, notifier } = target;
    const result = await deps.limiter(ref.platform).run<DeliveryResult | null>(ref.id, async () => {
      if (deps.stopping?.()) return null;
      const leaseEnd = deps.leaseEnd ? deps.leaseEnd(r) : r.claimedUntil;
      if (leaseEnd && clock.now().getTime() > leaseEnd.getTime() - deps.leaseSafetyMs) return null;
      const introFailed = await introduceOnce(r, ref, notifier, { store, now: clock.now(), t });
      return introFailed ?? notifier.send(ref, prepared.message);
    });
    if (result === null) {
      log.warn('no send slot before the lease ends; the row is reclaimed after its lease');
      return 'deferred';
    }
    return await record(r, result, ref.id, deps, log);
  } catch (err) {
    log.error({ err }, 'reminder delivery raised an error');
    return retryOrFail(r, failureText('ERROR', (err as Error)?.message ?? String(err)), undefined, deps).catch(
      (markErr: unknown) => {
        log.error({ err: markErr }, 'could not record the failed delivery; the lease will expire and it is retried');
        return 'deferred' as const;
      },
    );
  }
}

async function record(
  r: Reminder,
  result: DeliveryResult,
  refId: string,
  deps: DeliveryDeps,
  log: Logger,
): Promise<Outcome> {
  const { store, clock } = deps;
  if (result.ok) {
    if (!(await store.reminders.markDelivered(r, clock.now())))
      log.warn('sent after the lease ended; another instance had taken the row over');
    return 'delivered';
  }
  if (result.retryable) return retryOrFail(r, result.reason, result.retryAfterMs, deps);
  if (result.gone) {
    await store.conversationRefs.markDead(refId, clock.now());
    await store.reminders.markFailed(r, failureText('GONE', result.reason));
    log.warn({ refId, reason: result.reason }, 'bot removed from the conversation; marked dead');
  } else {
    await store.reminders.markFailed(r, result.reason);
    log.warn({ reason: result.reason }, 'platform refused the message');
  }
  return 'failed';
}

async function retryOrFail(
  r: Reminder,
  reason: string,
  retryAfterMs: number | undefined,
  deps: DeliveryDeps,
): Promise<Outcome> {
  const attempt = r.attempts + 1;
  if (attempt >= deps.retry.maxAttempts) {
    await deps.store.reminders.markFailed(r, `${reason} (after ${attempt} attempts)`);
    return 'failed';
  }
  const next = new Date(deps.clock.now().getTime() + retryDelayMs(deps.retry, attempt, r.id, retryAfterMs));
  await deps.store.reminders.markRetry(r, next, reason);
  return 'retried';
}
