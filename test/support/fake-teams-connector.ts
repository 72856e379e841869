import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the fake Bot Framework connector. */
export interface ConnectorCall {
  method: string;
  conversationId: string;
  /** Set for replies (`/activities/:replyToId`) and updates (PUT). */
  activityId?: string;
  activity: Record<string, unknown>;
  authorization?: string;
}

/** A canned failure the fake answers instead of 200 (one per request, in order). */
export interface ConnectorFailure {
  status: 403 | 404 | 412 | 413 | 429 | 500 | 502 | 503 | 504;
  /** Seconds, sent as the Retry-After header (429). */
  retryAfter?: string;
}

/** A fake Bot Framework connector service (the activities' `serviceUrl`) on 127.0.0.1. */
export interface FakeTeamsConnector {
  /** Base URL with trailing slash, as Teams sends it in `serviceUrl`. */
  serviceUrl: string;
  /** Every activity POSTed or PUT, in arrival order. */
  calls: ConnectorCall[];
  /** The next requests answer with these failures, one each, before normal 200s resume. */
  failNext(...failures: ConnectorFailure[]): void;
  /** Calls recorded after index `from` (for per-turn capture). */
  since(from: number): ConnectorCall[];
  /** The roster `GET /v3/conversations/:id/members/:memberId` answers from: member id → TeamsChannelAccount. */
  members: Map<string, Record<string, unknown>>;
  /** Member ids looked up in the roster, in order. */
  memberLookups: string[];
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/;

/** Starts the fake connector: answers 200 `{id}` to activity POST/PUT, or the queued failures. */
export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const calls: ConnectorCall[] = [];
  const failures: ConnectorFailure[] = [];
  let seq = 0;
  const members = new Map<string, Record<string, unknown>>();
  const memberLookups: string[] = [];

  const server: Server = createServer((req, res) => {
    void handle(req).then(
      ({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
      },
    );
  });

  async function handle(req: IncomingMessage) {
    const raw = await readAll(req);
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const member = MEMBER_PATH.exec(path);
    if (member && req.method === 'GET') {
      memberLookups.push(member[2]!);
      const found = members.get(member[2]!);
      return found
        ? { status: 200, body: found, headers: {} }
        : { status: 404, body: { error: { code: 'MemberNotFoundInConversation', message: 'not found' } }, headers: {} };
    }
    const match = ACTIVITY_PATH.exec(path);
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      return { status: 404, body: { error: { code: 'NotFound', message: `${req.method} ${path}` } }, headers: {} };
    }
    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter ? { 'retry-after': failure.retryAfter } : {};
      const code = failure.status === 403 ? 'BotNotInConversationRoster' : 'ServiceError';
      return { status: failure.status, body: { error: { code, message: `fake ${failure.status}` } }, headers };
    }
    calls.push({
      method: req.method,
      conversationId: match[1]!,
      ...(match[2] ? { activityId: match[2] } : {}),
      activity: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    return { status: 200, body: { id: `fake-activity-${++seq}` }, headers: {} };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    failNext: (...f) => void failures.push(...f),
    since: (from) => calls.slice(from),
    members,
    memberLookups,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
