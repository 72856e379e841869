import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import { readBody, sendJson } from '../../server/http-server';
import { createAuthBackoff, type AuthBackoff } from './auth-backoff';

/** Largest Bot Framework activity we accept (Teams messages are capped near 100 KB; room for attachments). */
const MAX_ACTIVITY_BYTES = 1_000_000;

/**
 * Hands a plain Node request to CloudAdapter.process, which expects an Express/Restify-style pair:
 * `req.body` already parsed, and `res.status()/header()/send()/end()`. Authentication (401 without a valid
 * Bot Framework token) and invoke responses (status + body) stay with the adapter.
 */
export async function processNodeRequest(
  adapter: CloudAdapter,
  req: IncomingMessage,
  res: ServerResponse,
  logic: (context: TurnContext) => Promise<void>,
  options: { requireBearer: boolean; backoff?: AuthBackoff; now?: () => number },
): Promise<void> {
  const backoff = options.backoff ?? backoffOf(adapter);
  const now = options.now ?? Date.now;
  // The adapter would refuse this too (and print a stack trace to the console); answer it here quietly.
  const auth = req.headers.authorization;
  if (options.requireBearer && !auth?.startsWith('Bearer ')) {
    req.resume();
    sendJson(res, 401, { error: 'a Bot Framework bearer token is required' });
    return;
  }
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(await readBody(req, MAX_ACTIVITY_BYTES));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError('not an object');
    body = parsed as Record<string, unknown>;
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode === 413 ? 413 : 400;
    sendJson(res, status, { error: status === 413 ? 'activity too large' : 'body must be a JSON activity' });
    return;
  }
  if (options.requireBearer && backoff.active(now())) {
    sendJson(res, 401, UNAUTHORIZED);
    return;
  }
  const request: Request = { method: req.method, headers: req.headers as Request['headers'], body };
  let authenticated = false;
  const run = async (context: TurnContext) => {
    authenticated = true;
    backoff.succeeded();
    await logic(context);
  };
  await adapter.process(
    request,
    toAdapterResponse(res, (status, message) => {
      // Before the logic ran, any failure is the token's (or the key fetch's): 401, and no internal detail.
      if (!authenticated && status >= 401) {
        backoff.failed(message, now());
        return { status: 401, body: UNAUTHORIZED };
      }
      return status >= 500 ? { status, body: { error: 'internal error' } } : null;
    }),
    run,
  );
}

const UNAUTHORIZED = { error: 'unauthorized' };
const backoffs = new WeakMap<CloudAdapter, AuthBackoff>();

function backoffOf(adapter: CloudAdapter): AuthBackoff {
  let backoff = backoffs.get(adapter);
  if (!backoff) {
    backoff = createAuthBackoff();
    backoffs.set(adapter, backoff);
  }
  return backoff;
}

/** Replaces a failure response before it is sent: returns the status and JSON body to send instead, or null. */
type Rewrite = (status: number, message: string) => { status: number; body: object } | null;

function toAdapterResponse(res: ServerResponse, rewrite: Rewrite): Response {
  let payload: string | undefined;
  const response = {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return response;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return response;
    },
    send(body: unknown) {
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
        payload = body.toString();
      } else if (body !== undefined) {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        payload = JSON.stringify(body);
      }
      return response;
    },
    end() {
      if (res.writableEnded) return response;
      const replaced = res.statusCode >= 400 ? rewrite(res.statusCode, payload ?? '') : null;
      if (replaced) {
        res.statusCode = replaced.status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        payload = JSON.stringify(replaced.body);
      }
      res.end(payload);
      return response;
    },
  };
  return response as unknown as Response;
}
