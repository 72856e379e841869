import { TurnContext, type CloudAdapter, type ConversationParameters } from 'botbuilder';
import { ROLLOUT_MARK, type ReachFailure } from '../../domain';
import { retryAfterMsOf } from './teams-notifier';

/** The Bot Connector's OAuth audience for outbound calls (botframework-connector AuthenticationConstants). */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

/** Where and with whom to open a 1:1 chat. */
export interface PersonalChatTarget {
  serviceUrl: string;
  tenantId: string;
  /** The bot's account in the roster's conversation (`recipient` of the install activity). */
  bot: { id: string; name?: string };
  /** The member's roster id (`29:…`), Entra object id and name. */
  user: { id: string; aadObjectId?: string; name?: string };
}

/** Outcome of opening a chat: the reference to store, or why not (with Retry-After for a 429). */
export type OpenResult =
  | { ok: true; conversationId: string; reference: Record<string, unknown> }
  | { ok: false; reason: ReachFailure; detail: string; retryAfterMs?: number };

/**
 * Opens (or finds: Teams answers the same id again) the bot's personal chat with a member, the way Company
 * Communicator does: `POST /v3/conversations` with `{isGroup:false, tenantId, members:[{id}], channelData:{tenant}}`
 * through CloudAdapter.createConversationAsync. Sends no message. Errors are classified, never thrown.
 */
export async function openPersonalChat(
  adapter: CloudAdapter,
  appId: string,
  target: PersonalChatTarget,
  now: Date,
): Promise<OpenResult> {
  const parameters = {
    isGroup: false,
    bot: target.bot,
    members: [{ id: target.user.id, ...(target.user.name ? { name: target.user.name } : {}) }],
    tenantId: target.tenantId,
    channelData: { tenant: { id: target.tenantId } },
  } as ConversationParameters;
  let reference: Record<string, unknown> | undefined;
  try {
    await adapter.createConversationAsync(
      appId,
      'msteams',
      target.serviceUrl,
      CONNECTOR_AUDIENCE,
      parameters,
      async (context) => {
        const ref = TurnContext.getConversationReference(context.activity);
        reference = JSON.parse(
          JSON.stringify({
            ...ref,
            activityId: undefined,
            conversation: {
              id: ref.conversation?.id,
              conversationType: 'personal',
              tenantId: target.tenantId,
              isGroup: false,
            },
            user: target.user,
            [ROLLOUT_MARK]: true,
          }),
        ) as Record<string, unknown>;
      },
    );
  } catch (err) {
    return classify(err, now);
  }
  const conversationId = (reference?.conversation as { id?: string } | undefined)?.id;
  if (!reference || !conversationId)
    return { ok: false, reason: 'error', detail: 'connector returned no conversation id' };
  return { ok: true, conversationId, reference };
}

function classify(err: unknown, now: Date): OpenResult {
  const status = (err as { statusCode?: unknown }).statusCode;
  const code = (err as { code?: unknown }).code ?? (err as Error).message;
  const detail = `HTTP ${typeof status === 'number' ? status : 'none'} (${String(code)})`.slice(0, 500);
  if (status === 403) return { ok: false, reason: 'app_not_installed', detail };
  if (status === 404) return { ok: false, reason: 'user_gone', detail };
  if (status === 429) {
    const retryAfterMs = retryAfterMsOf(err, now);
    return { ok: false, reason: 'rate_limited', detail, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { ok: false, reason: 'error', detail };
}
