import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock, ConversationRef, DeliveryResult, Notifier, OutgoingMessage, Store } from '../../domain';
import { refreshingRenderer } from './card-refresh';
import type { RenderCard } from '../../cards/card-model';
import { replyToActivity } from './reply-to-activity';

/** Waits `ms` milliseconds; tests inject one that returns at once and records the delays. */
export type Sleep = (ms: number) => Promise<void>;

/** Attempts for a transient failure (412/502/503/504) before handing it back to the scheduler as retryable. */
export const TRANSIENT_ATTEMPTS = 3;
/** First backoff delay; doubled per attempt, then jittered to 50–100 %. */
export const BACKOFF_BASE_MS = 500;

const TRANSIENT = new Set([412, 502, 503, 504]);
const GONE = new Set([403, 404]);

/** Dependencies of the proactive notifier. */
export interface TeamsNotifierDeps {
  /** A CloudAdapter whose connector clients do not retry by themselves (see bot-framework-auth.ts). */
  adapter: CloudAdapter;
  /** MICROSOFT_APP_ID ('' in anonymous mode). */
  appId: string;
  renderCard: RenderCard;
  clock: Clock;
  logger: Logger;
  sleep?: Sleep;
  random?: () => number;
  /** Resolves the userIds of a person-dependent card sent to a group chat or channel (Universal Actions refresh). */
  store?: Store;
}

/**
 * Proactive delivery to a stored Teams conversation reference with continueConversationAsync.
 * 429 → retryable with the connector's Retry-After; 412/502/503/504 → retried here with jittered backoff,
 * then retryable; 403/404 (bot removed, conversation gone) → gone, never retried; 400/413 → not retryable.
 */
export function createTeamsNotifier(deps: TeamsNotifierDeps): Notifier {
  const { adapter, appId, renderCard, clock, logger } = deps;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;

  async function attempt(
    ref: ConversationRef,
    reference: Partial<ConversationReference>,
    message: OutgoingMessage,
  ): Promise<void> {
    const card = message.card ? { ...message.card, summary: message.text } : undefined;
    const render =
      deps.store && card?.refresh
        ? await refreshingRenderer(
            deps.store,
            renderCard,
            { kind: ref.kind, tenantId: ref.tenantId, linkedTeamId: ref.teamId },
            [card],
          )
        : renderCard;
    const activity = replyToActivity(card ? { text: '', card } : { text: message.text }, render, (template, bytes) =>
      logger.warn({ template, bytes }, 'proactive card too large for Teams; sent its summary'),
    );
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      // The continuation activity has a made-up id; without this the SDK would "reply" to it.
      context.onSendActivities(async (_context, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      if (activity) await context.sendActivity(activity);
    });
  }

  return {
    platform: 'teams',
    async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
      const reference = proactiveReference(ref);
      if (!reference)
        return {
          ok: false,
          retryable: false,
          gone: false,
          reason: 'stored reference has no serviceUrl or conversation',
        };
      for (let n = 1; ; n++) {
        try {
          await attempt(ref, reference, message);
          return { ok: true };
        } catch (err) {
          const status = statusOf(err);
          const reason = `Teams connector: ${status ? `HTTP ${status}` : 'no response'} (${errorCode(err)})`;
          if (status === 429) {
            const retryAfterMs = retryAfterMsOf(err, clock.now());
            return { ok: false, retryable: true, reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
          }
          if (status !== undefined && GONE.has(status)) return { ok: false, retryable: false, gone: true, reason };
          if (status === 400 || status === 413) return { ok: false, retryable: false, gone: false, reason };
          if (status !== undefined && TRANSIENT.has(status) && n < TRANSIENT_ATTEMPTS) {
            const delay = BACKOFF_BASE_MS * 2 ** (n - 1) * (0.5 + random() / 2);
            logger.info(
              { refId: ref.id, status, attempt: n, delayMs: Math.round(delay) },
              'Teams delivery failed; retrying',
            );
            await sleep(delay);
            continue;
          }
          logger.warn({ refId: ref.id, status, err: status ? undefined : err }, 'Teams delivery failed');
          return { ok: false, retryable: true, reason };
        }
      }
    },
  };
}

/** The stored reference without an activity id, so the message starts a new post instead of a reply. */
function proactiveReference(ref: ConversationRef): Partial<ConversationReference> | undefined {
  const { activityId: _activityId, ...reference } = ref.reference as Partial<ConversationReference>;
  if (typeof reference.serviceUrl !== 'string' || !reference.conversation?.id) return undefined;
  return reference;
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  return String(e.code ?? e.message ?? err);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMsOf(err: unknown, now: Date): number | undefined {
  const headers = (err as { response?: { headers?: { get?(name: string): string | undefined | null } } }).response
    ?.headers;
  const value = headers?.get?.('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
