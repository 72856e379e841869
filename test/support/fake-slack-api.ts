import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

/** One request the bot made to the fake: a Web API method, a `response_url` post or a file upload. */
export interface SlackApiCall {
  /** Web API method (`chat.postMessage`), `response_url` for posts to a response URL, or `upload` for file bytes. */
  method: string;
  /** Parsed body: form fields or JSON; fields holding JSON (`blocks`, `view`, `files`) are parsed too. */
  body: Record<string, unknown>;
  /** The `Authorization` header, when sent. */
  authorization?: string;
  /** Bytes received (uploads). */
  size: number;
  /** For `upload`: the raw request body (web-api sends the file as multipart/form-data). */
  raw?: Buffer;
  /** For `response_url` and `upload`: the last path segment (response key / file id). */
  key?: string;
}

/** A canned failure answered instead of the normal reply, for the first `times` matching calls. */
export interface SlackApiFailure {
  method: string;
  /** Only calls with this `channel` (or `channel_id`) match; any channel when omitted. */
  channel?: string;
  /** `{ok:false, error}` with HTTP 200, like Slack's platform errors. */
  error?: string;
  /** HTTP 429 with this Retry-After (seconds), like Slack's rate limiting. */
  retryAfter?: number;
  times?: number;
}

/** A fake Slack Web API on 127.0.0.1 that records calls and answers like Slack. */
export interface FakeSlackApi {
  /** Base URL for `clientOptions.slackApiUrl` (ends with `/api/`). */
  apiUrl: string;
  /** Origin (`http://127.0.0.1:PORT`), for building `response_url`s. */
  origin: string;
  calls: SlackApiCall[];
  /** Calls answered with a queued failure (429 or platform error), not in `calls`. */
  failed: SlackApiCall[];
  /** Calls recorded after index `from`. */
  since(from: number): SlackApiCall[];
  /** Queues a failure (429 or a platform error) for matching calls. */
  fail(failure: SlackApiFailure): void;
  /** A `response_url` the fake records posts to. */
  responseUrl(key: string): string;
  /** Resolves with the first call (already recorded or future) that matches. */
  waitForCall(match: (call: SlackApiCall) => boolean): Promise<SlackApiCall>;
  /** The WebSocket URL `apps.connections.open` hands out (Socket Mode tests set it). */
  socketUrl: string;
  /** Users `users.info` and `users.lookupByEmail` know: id → {name, locale, email}. Unknown ids get a generated name. */
  users: Map<string, { realName: string; locale?: string; email?: string }>;
  close(): Promise<void>;
}

const JSON_FIELDS = ['blocks', 'attachments', 'view', 'files', 'metadata'];

/** Starts the fake on a free port. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackApiCall[] = [];
  const failed: SlackApiCall[] = [];
  const failures: Array<SlackApiFailure & { left: number }> = [];
  const users = new Map<string, { realName: string; locale?: string; email?: string }>();
  const waiters: Array<{ match: (c: SlackApiCall) => boolean; resolve: (c: SlackApiCall) => void }> = [];
  let seq = 0;
  const record = (call: SlackApiCall) => {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  };
  let origin = '';

  const server: Server = createServer((req, res) => {
    void readAll(req).then((raw) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const { status, body, headers } = answer(path, req, raw);
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        .end(JSON.stringify(body));
    });
  });

  function answer(path: string, req: IncomingMessage, raw: Buffer) {
    const authorization = req.headers.authorization;
    const segments = path.split('/').filter(Boolean);
    if (segments[0] === 'upload') {
      record({
        method: 'upload',
        body: {},
        size: raw.length,
        raw,
        key: segments[1],
        ...(authorization ? { authorization } : {}),
      });
      return ok({});
    }
    const body = parseBody(String(req.headers['content-type'] ?? ''), raw);
    if (segments[0] === 'respond') {
      const expired = failures.find((f) => f.left > 0 && f.method === 'response_url');
      if (expired) {
        expired.left--;
        failed.push({ method: 'response_url', body, size: raw.length, key: segments[1] });
        return { status: 404, body: { ok: false, error: expired.error ?? 'expired_url' }, headers: {} };
      }
      record({ method: 'response_url', body, size: raw.length, key: segments[1] });
      return ok({});
    }
    const method = segments[1] ?? '';
    const channel = (body.channel ?? body.channel_id) as string | undefined;
    const failure = failures.find((f) => f.left > 0 && f.method === method && (!f.channel || f.channel === channel));
    if (failure) {
      failure.left--;
      failed.push({ method, body, size: raw.length });
      if (failure.retryAfter !== undefined) {
        return {
          status: 429,
          body: { ok: false, error: 'ratelimited' },
          headers: { 'retry-after': String(failure.retryAfter) },
        };
      }
      return { status: 200, body: { ok: false, error: failure.error ?? 'fatal_error' }, headers: {} };
    }
    record({ method, body, size: raw.length, ...(authorization ? { authorization } : {}) });
    const replied = reply(method, body);
    // A platform error (`{ok:false, error}`, HTTP 200) as Slack answers e.g. users.lookupByEmail for an unknown email.
    if (replied.ok === false) return { status: 200, body: replied, headers: {} as Record<string, string> };
    return ok(replied);
  }

  function reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    seq++;
    switch (method) {
      case 'auth.test':
        return {
          url: 'https://test.slack.com/',
          team: 'Test',
          user: 'forbedringsbot',
          team_id: 'T1',
          user_id: 'U_BOT',
          bot_id: 'B_BOT',
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        return {
          channel: body.channel,
          ts: `1700000000.${String(seq).padStart(6, '0')}`,
          message: { text: body.text },
        };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
      case 'views.push':
        return { view: { id: `V${seq}`, ...(body.view as object) } };
      case 'files.getUploadURLExternal':
        return { upload_url: `${origin}/upload/F${seq}`, file_id: `F${seq}` };
      case 'files.completeUploadExternal':
        return {
          files: ((body.files as Array<{ id: string; title?: string }>) ?? []).map((f) => ({
            id: f.id,
            title: f.title,
          })),
        };
      case 'users.info': {
        const id = String(body.user);
        const known = users.get(id);
        const realName = known?.realName ?? `Slack user ${id}`;
        return {
          user: {
            id,
            name: id.toLowerCase(),
            real_name: realName,
            profile: { real_name: realName, ...(known?.email ? { email: known.email } : {}) },
            locale: known?.locale ?? 'da-DK',
          },
        };
      }
      case 'users.lookupByEmail': {
        const email = String(body.email ?? '').toLowerCase();
        const found = [...users.entries()].find(([, u]) => u.email?.toLowerCase() === email);
        if (!found) return { ok: false, error: 'users_not_found' };
        return {
          user: {
            id: found[0],
            name: found[0].toLowerCase(),
            real_name: found[1].realName,
            profile: { real_name: found[1].realName, email: found[1].email },
          },
        };
      }
      case 'apps.connections.open':
        return { url: api.socketUrl };
      case 'conversations.open':
        return { channel: { id: `D${String(body.users ?? 'X')}` } };
      default:
        return {};
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  const api: FakeSlackApi = {
    apiUrl: `${origin}/api/`,
    socketUrl: '',
    origin,
    calls,
    failed,
    since: (from) => calls.slice(from),
    fail: (f) => failures.push({ ...f, left: f.times ?? 1 }),
    waitForCall: (match) => {
      const found = calls.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    responseUrl: (key) => `${origin}/respond/${encodeURIComponent(key)}`,
    users,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}

function ok(body: Record<string, unknown>) {
  return { status: 200, body: { ok: true, ...body }, headers: {} as Record<string, string> };
}

function parseBody(contentType: string, raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const fields: Record<string, unknown> = { ...parseQuery(raw.toString('utf8')) };
    for (const key of JSON_FIELDS) {
      const v = fields[key];
      if (typeof v === 'string' && /^[[{]/.test(v)) fields[key] = JSON.parse(v);
    }
    return fields;
  }
  return { raw: raw.length };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
