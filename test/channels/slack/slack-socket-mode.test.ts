import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import { createSlackChannel, type SlackChannel } from '../../../src/channels/slack/slack-channel';
import { loadConfig } from '../../../src/config';
import { createChartService } from '../../../src/reporting/chart-service';
import { createConversation } from '../../../src/conversation/create-conversation';
import { seedDemo } from '../../../src/demo/seed-demo';
import type { Store } from '../../../src/domain';
import { createStore } from '../../../src/store/create-store';
import { ManualClock } from '../../support/clock';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api';
import { commandBody, eventBody } from './slack-payloads';

// `ws` (the WebSocket library @slack/socket-mode itself uses) plays Slack's Socket Mode server.
interface WsSocket {
  send(data: string): void;
  on(event: 'message', cb: (data: Buffer) => void): void;
  close(): void;
}
interface WsServer {
  on(event: 'connection', cb: (socket: WsSocket) => void): void;
  close(cb: () => void): void;
}
const { Server: WebSocketServer } = createRequire(import.meta.url)('ws') as {
  Server: new (o: { server: Server }) => WsServer;
};

/** A fake Socket Mode endpoint: says hello on connect, sends envelopes, collects the app's acks. */
async function startSocketServer() {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const acks: Array<Record<string, unknown>> = [];
  let socket: WsSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    wss.on('connection', (s) => {
      socket = s;
      s.on('message', (data) => acks.push(JSON.parse(data.toString()) as Record<string, unknown>));
      s.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'applink-test' },
          connection_info: { app_id: 'A1' },
        }),
      );
      resolve();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/link`,
    acks,
    connected,
    send: (envelope: Record<string, unknown>) => socket!.send(JSON.stringify(envelope)),
    close: () =>
      new Promise<void>((resolve) => {
        socket?.close();
        wss.close(() => http.close(() => resolve()));
      }),
  };
}

let api: FakeSlackApi;
let socket: Awaited<ReturnType<typeof startSocketServer>>;
let store: Store;
let channel: SlackChannel;
const clock = new ManualClock('2026-11-26T09:00:00Z');

beforeEach(async () => {
  api = await startFakeSlackApi();
  socket = await startSocketServer();
  api.socketUrl = socket.url;
  store = await createStore({ sqliteFile: ':memory:', clock });
  const seed = await seedDemo(store, clock);
  await store.persons.linkIdentity(
    seed.persons.clinician,
    { platform: 'slack', tenantId: 'T1', userId: 'U1' },
    { personId: null, at: clock.now() },
  );
  const logger = pino({ level: 'silent' });
  // Socket Mode: an app-level token and no signing secret; no public URL needed.
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: api.apiUrl });
  const charts = createChartService({
    store,
    clock,
    secret: 'socket-mode-test-chart-secret-0123456789',
    publicUrl: config.publicUrl,
    logger,
  });
  const conversation = createConversation({ store, clock, logger, charts });
  channel = await createSlackChannel({
    config,
    conversation,
    store,
    clock,
    logger,
    renderCard: renderAdaptiveCard,
    chartPng: (req) => charts.png(req),
  });
});

afterEach(async () => {
  await channel.stop();
  await socket.close();
  await api.close();
  await store.close();
});

describe('Socket Mode (SLACK_APP_TOKEN)', () => {
  it('connects through apps.connections.open with the app token and mounts no HTTP route', async () => {
    await socket.connected;
    expect(channel.routes).toEqual([]);
    const open = api.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test');
  });

  it('acks a DM event envelope and answers through the Web API', async () => {
    await socket.connected;
    const { body } = eventBody('event-message-im', { text: 'måling VENT 11', user: 'U1', channel: 'D1' });
    socket.send({
      envelope_id: 'env-1',
      type: 'events_api',
      payload: JSON.parse(body),
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
    });
    const reply = await api.waitForCall((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1');
    expect(reply.authorization).toBe('Bearer xoxb-test');
    expect(socket.acks.map((a) => a.envelope_id)).toContain('env-1');
    expect(await store.measurements.get('demo-measure-vent', 'demo-team-hvidovre', '2026-W48')).toMatchObject({
      value: 11,
    });
  });

  it('acks a slash command envelope and replies on its response_url', async () => {
    await socket.connected;
    const payload = Object.fromEntries(
      new URLSearchParams(commandBody({ text: 'hjælp', responseUrl: api.responseUrl('sm') })),
    );
    socket.send({ envelope_id: 'env-2', type: 'slash_commands', payload, accepts_response_payload: true });
    const reply = await api.waitForCall((c) => c.method === 'response_url' && c.key === 'sm');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(socket.acks.map((a) => a.envelope_id)).toContain('env-2');
  });
});
