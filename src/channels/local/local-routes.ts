import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RenderCard } from '../../cards/card-model';
import type { Reply, Turn } from '../../conversation/turn';
import { describeDemo } from '../../demo/describe-demo';
import { isDomainError, type Store } from '../../domain';
import { RETRY_AFTER_SECONDS } from '../../conversation/turn-gate';
import { createTranslator } from '../../i18n/translator';
import { readBody, sendJson, type Route } from '../../server/http-server';
import { localMessageBody, localTurn } from './local-message';
import type { LocalInbox } from './local-notifier';
import { PLAYGROUND_PATHS, sendPlaygroundAsset } from './static-assets';

/** What the local channel needs: the core, the store (user picker), the card renderer and the inbox. */
export interface LocalChannelDeps {
  conversation: { handle(turn: Turn): Promise<Reply[]> };
  store: Store;
  /** Card model → Adaptive Card JSON (renderAdaptiveCard). */
  renderCard: RenderCard;
  /** Where the local notifier leaves proactive messages; without it the inbox is always empty. */
  inbox?: LocalInbox;
  logger: Logger;
}

/** One reply as the JSON API returns it. */
export interface LocalReply {
  text?: string;
  card?: object;
}

/**
 * The playground's HTTP channel: `POST /api/local/messages` (text or card action → replies with
 * Adaptive Cards), `GET /api/local/demo` (demo users and measures), `GET /api/local/inbox?user=…`
 * (a user's proactive messages after a cursor) and the playground page itself.
 */
export function localRoutes(deps: LocalChannelDeps): Route[] {
  const log = deps.logger.child({ channel: 'local' });
  return [
    { method: 'POST', path: '/api/local/messages', handler: (req, res) => handleMessage(deps, log, req, res) },
    {
      method: 'GET',
      path: '/api/local/demo',
      handler: async (_req, res) => sendJson(res, 200, await describeDemo(deps.store)),
    },
    {
      method: 'GET',
      path: '/api/local/inbox',
      handler: async (req, res) => {
        const params = new URL(req.url ?? '/', 'http://local.invalid').searchParams;
        const user = params.get('user')?.trim();
        const after = params.get('after') ?? '0';
        if (!user || !/^\d{1,15}$/.test(after)) {
          sendJson(res, 400, { error: 'invalid_request', message: 'Expected ?user=<person id>&after=<cursor>.' });
          return;
        }
        sendJson(
          res,
          200,
          deps.inbox ? await deps.inbox.read(user, Number(after)) : { messages: [], cursor: Number(after) },
        );
      },
    },
    ...PLAYGROUND_PATHS.map(
      (path): Route => ({ method: 'GET', path, handler: (_req, res) => sendPlaygroundAsset(path, res) }),
    ),
  ];
}

async function handleMessage(deps: LocalChannelDeps, log: Logger, req: IncomingMessage, res: ServerResponse) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readBody(req, 100_000));
  } catch (err) {
    const tooLarge = (err as { statusCode?: number }).statusCode === 413;
    sendJson(res, tooLarge ? 413 : 400, {
      error: tooLarge ? 'body_too_large' : 'invalid_json',
      message: tooLarge ? 'The body is larger than 100 kB.' : 'The body must be JSON.',
    });
    return;
  }
  const parsed = localMessageBody.safeParse(raw);
  if (!parsed.success) {
    sendJson(res, 400, {
      error: 'invalid_request',
      message: 'Expected {"user": "<person id>", "text": "…"} or {"user": "<person id>", "action": {"verb": "…", …}}.',
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
    return;
  }
  const correlationId = randomUUID();
  const turn = localTurn(parsed.data);
  try {
    const replies = await deps.conversation.handle(turn);
    sendJson(res, 200, { replies: replies.map((r) => toLocalReply(r, deps.renderCard)) });
  } catch (err) {
    if (isDomainError(err, 'BUSY')) {
      // At capacity or shutting down: the turn never started, so a retry is safe.
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      sendJson(res, 503, {
        error: 'busy',
        replies: [{ text: createTranslator(parsed.data.locale ?? 'da')('error.BUSY') }],
      });
      return;
    }
    // The one error sink of this channel: log (never the user's text) and answer politely.
    log.error({ err, correlationId, user: parsed.data.user, verb: turn.action?.verb }, 'local turn failed');
    const t = createTranslator(parsed.data.locale ?? 'da');
    sendJson(res, 500, { error: 'internal', correlationId, replies: [{ text: t('error.unexpected') }] });
  }
}

function toLocalReply(reply: Reply, renderCard: LocalChannelDeps['renderCard']): LocalReply {
  const out: LocalReply = {};
  if (reply.text !== undefined) out.text = reply.text;
  if (reply.card) out.card = renderCard(reply.card);
  return out;
}
