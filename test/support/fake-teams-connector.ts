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
  /**
   * Rosters `GET /v3/conversations/:id/pagedmembers` answers from (team id or group chat id → members, as
   * TeamsChannelAccount); `members` above also answers single lookups for these.
   */
  rosters: Map<string, Array<Record<string, unknown>>>;
  /** Page size the fake uses at most (the real connector caps at 500); small values exercise continuation tokens. */
  maxPageSize: number;
  /** Roster pages served, as `conversationId` per request. */
  rosterReads: string[];
  /** `POST /v3/conversations` bodies (ConversationParameters) that succeeded, in order. */
  created: Array<Record<string, unknown>>;
  /** Canned failures for `POST /v3/conversations`, per member id, one per request (then 201). */
  createFailures: Map<string, ConnectorFailure[]>;
  /** Every request as it arrived: when (by the `now` given at start, else 0) and what (`send`, `create`, `roster`, `member`). */
  stamps: Array<{ at: number; kind: 'send' | 'create' | 'roster' | 'member'; status: number; conversationId?: string }>;
  /** The personal conversation id the fake hands out for a member (the same on every call, as Teams does). */
  personalConversationId(memberId: string): string;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const MEMBER_PATH = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/;
const PAGED_PATH = /^\/v3\/conversations\/([^/]+)\/pagedmembers\/?$/;

/** Starts the fake connector: answers 200 `{id}` to activity POST/PUT, or the queued failures. */
export async function startFakeTeamsConnector(now: () => number = () => 0): Promise<FakeTeamsConnector> {
  const stamps: FakeTeamsConnector['stamps'] = [];
  const calls: ConnectorCall[] = [];
  const failures: ConnectorFailure[] = [];
  let seq = 0;
  const members = new Map<string, Record<string, unknown>>();
  const memberLookups: string[] = [];
  const rosters = new Map<string, Array<Record<string, unknown>>>();
  const rosterReads: string[] = [];
  const created: Array<Record<string, unknown>> = [];
  const createFailures = new Map<string, ConnectorFailure[]>();
  const personalConversationId = (memberId: string) => `a:1${Buffer.from(memberId).toString('base64url')}`;
  const fake = { maxPageSize: 500 };

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
    const at = now();
    const raw = await readAll(req);
    const answer = await route(req, raw);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const kind = path.endsWith('pagedmembers')
      ? 'roster'
      : /\/members\//.test(path)
        ? 'member'
        : /\/activities/.test(path)
          ? 'send'
          : 'create';
    const conversationId = ACTIVITY_PATH.exec(decodeURIComponent(path))?.[1];
    stamps.push({ at, kind, status: answer.status, ...(conversationId ? { conversationId } : {}) });
    return answer;
  }

  async function route(req: IncomingMessage, raw: string) {
    const [rawPath, query = ''] = (req.url ?? '/').split('?');
    const path = decodeURIComponent(rawPath!);
    const paged = PAGED_PATH.exec(path);
    if (paged && req.method === 'GET') return pagedMembers(paged[1]!, new URLSearchParams(query));
    if (path.replace(/\/$/, '') === '/v3/conversations' && req.method === 'POST') return createConversation(raw);
    const member = MEMBER_PATH.exec(path);
    if (member && req.method === 'GET') {
      memberLookups.push(member[2]!);
      const found = members.get(member[2]!) ?? [...rosters.values()].flat().find((m) => m.id === member[2]);
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

  // TeamsPagedMembersResult: {continuationToken?, members: TeamsChannelAccount[]} (see test/fixtures/teams/paged-members.json).
  function pagedMembers(conversationId: string, q: URLSearchParams) {
    const roster = rosters.get(conversationId);
    if (!roster)
      return { status: 404, body: { error: { code: 'ConversationNotFound', message: conversationId } }, headers: {} };
    rosterReads.push(conversationId);
    const size = Math.min(Number(q.get('pageSize') ?? 500) || 500, fake.maxPageSize);
    const start = Number(q.get('continuationToken') ?? 0) || 0;
    const next = start + size < roster.length ? String(start + size) : undefined;
    return {
      status: 200,
      body: { ...(next ? { continuationToken: next } : {}), members: roster.slice(start, start + size) },
      headers: {},
    };
  }

  // ConversationParameters in, ConversationResourceResponse {id} out (see test/fixtures/teams/create-conversation-*.json).
  function createConversation(raw: string) {
    const params = JSON.parse(raw || '{}') as { members?: Array<{ id?: string }>; tenantId?: string };
    const memberId = params.members?.[0]?.id ?? '';
    const failure = createFailures.get(memberId)?.shift();
    if (failure) {
      const headers: Record<string, string> = failure.retryAfter ? { 'retry-after': failure.retryAfter } : {};
      const code =
        failure.status === 403 ? 'ConversationBlockedByUser' : failure.status === 404 ? 'UserNotFound' : 'ServiceError';
      return { status: failure.status, body: { error: { code, message: `fake ${failure.status}` } }, headers };
    }
    if (!memberId || !params.tenantId)
      return {
        status: 400,
        body: { error: { code: 'BadArgument', message: 'members and tenantId required' } },
        headers: {},
      };
    created.push(params as Record<string, unknown>);
    return { status: 201, body: { id: personalConversationId(memberId) }, headers: {} };
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
    rosters,
    rosterReads,
    created,
    createFailures,
    stamps,
    personalConversationId,
    get maxPageSize() {
      return fake.maxPageSize;
    },
    set maxPageSize(n: number) {
      fake.maxPageSize = n;
    },
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
