import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import { createLocalNotifier } from '../../../src/channels/local/local-notifier';
import { localRoutes } from '../../../src/channels/local/local-routes';
import type { Reply, Turn } from '../../../src/conversation/turn';
import { seedDemo } from '../../../src/demo/seed-demo';
import { createTranslator } from '../../../src/i18n/translator';
import type { ConversationRef, Store } from '../../../src/domain';
import { createHttpServer } from '../../../src/server/http-server';
import { ManualClock } from '../../support/clock';
import { freshStore } from '../../support/stores';

/** The local channel on its own, with a recording core so the adapter's conversion is visible. */
async function start(handle: (turn: Turn) => Promise<Reply[]>, opts: { seed?: boolean; logLines?: string[] } = {}) {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  const store = await freshStore('sqlite', { clock });
  if (opts.seed) await seedDemo(store, clock);
  const turns: Turn[] = [];
  const inbox = createLocalNotifier({ store, clock, renderCard: renderAdaptiveCard });
  const lines = opts.logLines;
  const logger = lines
    ? pino({ level: 'info' }, { write: (line: string) => void lines.push(line) })
    : pino({ level: 'silent' });
  const conversation = {
    handle: (turn: Turn) => {
      turns.push(turn);
      return handle(turn);
    },
  };
  const server = createHttpServer(
    localRoutes({ conversation, store, renderCard: renderAdaptiveCard, logger, inbox }),
    logger,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { store, turns, inbox, url, server };
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/local/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('local channel routes', () => {
  let server: Server | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
    await store?.close();
  });

  it('turns a text message into a local turn and renders card replies as Adaptive Cards', async () => {
    const env = await start(async () => [
      { text: 'hej' },
      {
        card: {
          template: 'choice',
          data: { title: 'Vælg', text: 'Hvilket?', buttons: [], hasSelect: false },
          summary: 'Vælg',
        },
      },
    ]);
    ({ server, store } = env);
    const res = await post(env.url, { user: 'demo-klinker', text: 'måling OP24 18/22', id: 'r1' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { replies: Array<{ text?: string; card?: Record<string, unknown> }> };
    expect(body.replies[0]).toEqual({ text: 'hej' });
    expect(body.replies[1]!.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(env.turns[0]).toMatchObject({
      channel: 'local',
      identity: { platform: 'local', tenantId: 'local', userId: 'demo-klinker' },
      conversation: { id: 'local:demo-klinker', kind: 'personal', tenantId: 'local' },
      text: 'måling OP24 18/22',
      requestId: 'local:demo-klinker:r1',
    });
  });

  it('passes a card action as verb plus data', async () => {
    const env = await start(async () => [{ text: 'ok' }]);
    ({ server, store } = env);
    await post(env.url, { user: 'u1', action: { verb: 'measurement.undo', token: 't-1', nested: { a: 1 } } });
    expect(env.turns[0]!.action).toEqual({ verb: 'measurement.undo', data: { token: 't-1', nested: { a: 1 } } });
    expect(env.turns[0]!.text).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"user": ', 'invalid_json'],
    ['no user', { text: 'hej' }, 'invalid_request'],
    ['neither text nor action', { user: 'u1' }, 'invalid_request'],
    ['both text and action', { user: 'u1', text: 'a', action: { verb: 'x' } }, 'invalid_request'],
    ['an action without a verb', { user: 'u1', action: { token: 'x' } }, 'invalid_request'],
    ['an unknown field', { user: 'u1', text: 'a', admin: true }, 'invalid_request'],
  ])('answers a body with %s with 400 and a clear JSON error, reaching no core', async (_name, body, error) => {
    const env = await start(async () => [{ text: 'never' }]);
    ({ server, store } = env);
    const res = await post(env.url, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string; message: string };
    expect(json.error).toBe(error);
    expect(json.message).toMatch(/user|JSON/);
    expect(env.turns).toEqual([]);
  });

  it('answers a failing core with a polite Danish message and a correlation id, never the text', async () => {
    const lines: string[] = [];
    const env = await start(
      async () => {
        throw new Error('database exploded');
      },
      { logLines: lines },
    );
    ({ server, store } = env);
    const res = await post(env.url, { user: 'u1', text: 'måling OP24 18/22' });
    expect(res.status).toBe(500);
    const json = (await res.json()) as { correlationId: string; replies: Array<{ text: string }> };
    expect(json.replies[0]!.text).toBe(createTranslator('da')('error.unexpected'));
    expect(json.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('')).toContain(json.correlationId);
    expect(lines.join('')).toContain('database exploded');
    expect(lines.join('')).not.toContain('måling');
  });

  it('lists the demo users with roles and teams, and the demo measures', async () => {
    const env = await start(async () => [], { seed: true });
    ({ server, store } = env);
    const demo = (await (await fetch(`${env.url}/api/local/demo`)).json()) as {
      collaborative: { name: string };
      users: Array<{ id: string; name: string; role: string | null; teams: Array<{ name: string }> }>;
      measures: Array<{ code: string; name: string }>;
    };
    expect(demo.collaborative.name).toBe('LKT Hoftenære frakturer');
    expect(demo.users[0]).toEqual({
      id: 'demo-klinker',
      name: 'Mette Jørgensen',
      role: 'member',
      teams: [{ id: 'demo-team-hvidovre', name: 'Hoftefraktur-teamet Hvidovre' }],
    });
    expect(demo.users.map((u) => u.role)).toEqual(
      expect.arrayContaining(['member', 'lead', 'tovholder', 'sponsor', 'expert', null]),
    );
    expect(demo.measures).toEqual([
      { code: 'OP24', name: 'Operation inden for 24 timer' },
      { code: 'VENT', name: 'Ventetid til operation' },
    ]);
  });

  it('lists nobody without a demo seed', async () => {
    const env = await start(async () => []);
    ({ server, store } = env);
    expect(await (await fetch(`${env.url}/api/local/demo`)).json()).toEqual({
      collaborative: null,
      users: [],
      measures: [],
    });
  });

  it('delivers proactive messages to the user’s inbox, read after a cursor', async () => {
    const env = await start(async () => []);
    ({ server, store } = env);
    const ref: ConversationRef = {
      id: 'ref-1',
      platform: 'local',
      tenantId: 'local',
      conversationId: 'local:demo-sponsor',
      kind: 'personal',
      personId: 'demo-sponsor',
      teamId: null,
      reference: { user: 'demo-sponsor' },
      deadAt: null,
      updatedAt: new Date(),
    };
    expect(await env.inbox.send(ref, { text: 'Husk at indtaste ugens data' })).toEqual({ ok: true });
    type Page = { messages: Array<{ text: string; seq: number }>; cursor: number };
    const first = (await (await fetch(`${env.url}/api/local/inbox?user=demo-sponsor`)).json()) as Page;
    expect(first.messages.map((m) => m.text)).toEqual(['Husk at indtaste ugens data']);
    const second = (await (
      await fetch(`${env.url}/api/local/inbox?user=demo-sponsor&after=${first.cursor}`)
    ).json()) as Page;
    expect(second).toEqual({ messages: [], cursor: first.cursor });
    // Kept in the store, not in memory: a notifier built anew (a restart) still hands out what was delivered.
    await env.inbox.send(ref, { text: 'Seminar i morgen' });
    const restarted = createLocalNotifier({
      store: env.store,
      clock: new ManualClock('2026-11-26T09:00:00Z'),
      renderCard: renderAdaptiveCard,
    });
    expect((await restarted.read('demo-sponsor', first.cursor)).messages.map((m) => m.text)).toEqual([
      'Seminar i morgen',
    ]);
    expect((await fetch(`${env.url}/api/local/inbox?user=demo-sponsor&after=-1`)).status).toBe(400);
    expect((await fetch(`${env.url}/api/local/inbox`)).status).toBe(400);
    const teams = await env.inbox.send({ ...ref, platform: 'teams' }, { text: 'x' });
    expect(teams).toMatchObject({ ok: false, retryable: false, gone: true });
  });

  it('serves the playground page, its script and the adaptivecards bundle, and nothing else', async () => {
    const env = await start(async () => []);
    ({ server, store } = env);
    const page = await fetch(`${env.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="da">');
    for (const asset of [
      '/playground/playground.js',
      '/playground/card-host.js',
      '/playground/playground.css',
      '/playground/adaptivecards.min.js',
    ]) {
      expect(html).toContain(asset);
      const res = await fetch(`${env.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(1000);
    }
    expect((await fetch(`${env.url}/playground/../package.json`)).status).toBe(404);
    expect((await fetch(`${env.url}/playground/local-routes.ts`)).status).toBe(404);
  });
});
