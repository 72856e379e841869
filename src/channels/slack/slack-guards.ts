import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock, Store } from '../../domain';
import { translatorFor } from './run-turn';

/** How long an Events API event_id is remembered: Slack retries up to 3 times within about 5 minutes. */
const EVENT_ID_TTL_MS = 60 * 60 * 1000;

type Json = Record<string, unknown>;
const asObj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const asStr = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The workspace of the user behind a request (in Slack Connect it may differ from the installing one). */
export function userTeamOf(body: Json): string | undefined {
  const event = asObj(body.event);
  return (
    asStr(event.user_team) ??
    asStr(asObj(body.user).team_id) ??
    asStr(body.team_id) ??
    asStr(asObj(body.team).id) ??
    asStr(asObj(body.view).team_id)
  );
}

/**
 * Global Bolt middleware, before every listener:
 * 1. a user from a workspace outside SLACK_ALLOWED_WORKSPACES (when set) is refused with a clear message
 *    (Danish and English: we cannot know their language) and nothing else happens;
 * 2. an Events API delivery whose `event_id` was already claimed (Slack's retry, `X-Slack-Retry-Num`) is
 *    dropped, so a retried message never reaches the core twice. The core also claims event_id as requestId.
 */
export function installGuards(
  app: App,
  deps: { allowedWorkspaces: string[]; store: Store; clock: Clock; logger: Logger },
): void {
  const allowed = new Set(deps.allowedWorkspaces);
  const refusal = ['da', 'en'].map((l) => translatorFor(l as 'da' | 'en')('slack.workspaceRefused')).join('\n\n');

  app.use(async (args: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const body = args.body as unknown as Json;
    const team = userTeamOf(body);
    if (allowed.size > 0 && (!team || !allowed.has(team))) {
      deps.logger.info({ team }, 'slack: request from a workspace that is not allowed');
      await refuse(args, body, refusal, deps.logger);
      return;
    }
    const eventId = asStr(body.event_id);
    if (eventId && !(await deps.store.idempotency.claim(`slack:event:${eventId}`, deps.clock.now(), EVENT_ID_TTL_MS))) {
      deps.logger.info(
        { eventId, retry: args.context.retryNum, reason: args.context.retryReason },
        'slack: duplicate event ignored',
      );
      return;
    }
    await args.next();
  });
}

async function refuse(
  args: AnyMiddlewareArgs & AllMiddlewareArgs,
  body: Json,
  text: string,
  logger: Logger,
): Promise<void> {
  const { client } = args;
  if ('ack' in args && typeof args.ack === 'function') {
    const ack = args.ack as (response?: unknown) => Promise<void>;
    if (body.command) return ack({ response_type: 'ephemeral', text });
    await ack();
    const user = asStr(asObj(body.user).id);
    if (body.type === 'block_actions' || body.type === 'shortcut' || body.type === 'message_action') {
      if (user) {
        await client.chat
          .postMessage({ channel: asStr(asObj(body.channel).id) ?? user, text })
          .catch((err: unknown) =>
            logger.warn({ err: (err as Error).message }, 'slack: could not send the workspace refusal'),
          );
      }
    }
    return;
  }
  const event = asObj(body.event);
  const user = asStr(event.user);
  if (event.type === 'app_home_opened' && user) {
    await client.views.publish({
      user_id: user,
      view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] },
    });
  } else if (
    (event.type === 'message' && event.channel_type === 'im' && !event.bot_id && !event.subtype) ||
    event.type === 'app_mention'
  ) {
    const channel = asStr(event.channel);
    const ts = asStr(event.thread_ts) ?? asStr(event.ts);
    if (channel)
      await client.chat.postMessage({
        channel,
        text,
        ...(event.type === 'app_mention' && ts ? { thread_ts: ts } : {}),
      });
  }
}
