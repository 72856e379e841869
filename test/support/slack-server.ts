// A running Slack channel for tests and the bench: the real core, a real store, Bolt behind our HTTP server on
// 127.0.0.1, and the fake Slack Web API. Requests are signed like Slack signs them (HMAC-SHA256, v0).
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import {
  createSlackChannel,
  SLACK_EVENTS_PATH,
  type SlackChannel,
  type SlackChannelDeps,
} from '../../src/channels/slack/slack-channel';
import { loadConfig, type Config } from '../../src/config';
import { createConversation, type Conversation } from '../../src/conversation/create-conversation';
import { createCalendarService } from '../../src/calendar/calendar-service';
import { createChartService, type ChartService } from '../../src/reporting/chart-service';
import type { ChartRequest } from '../../src/conversation/turn';
import { currentPeriodKey, periodBounds, shiftPeriod, type Clock, type Store } from '../../src/domain';
import { createHttpServer } from '../../src/server/http-server';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from './clock';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api';

/** The signing secret the test app is configured with. */
export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
const CHART_SECRET = 'test-chart-secret-0123456789abcdef0123456789';

/** Options of the test server. */
export interface SlackServerOptions {
  store?: Store;
  clock?: ManualClock;
  /** Extra environment (e.g. SLACK_ALLOWED_WORKSPACES, PUBLIC_URL). */
  env?: Record<string, string>;
  logger?: Logger;
  /** Replaces the recording no-wait sleep (e.g. to hold a Retry-After wait open). */
  sleep?: (ms: number) => Promise<void>;
  /** How long a form submission waits for the core before acking plainly (default: the channel's). */
  formAnswerBudgetMs?: number;
}

/** A running Slack test server. */
export interface SlackTestServer {
  /** Base URL of our HTTP server. */
  url: string;
  api: FakeSlackApi;
  channel: SlackChannel;
  store: Store;
  clock: ManualClock;
  config: Config;
  /** Retry-After waits the channel asked for (ms), instead of sleeping. */
  sleeps: number[];
  /** Chart PNG requests the channel made, and the PNGs the chart service rendered for them. */
  chartRequests: ChartRequest[];
  chartPngs: Buffer[];
  conversation: Conversation;
  /**
   * POSTs a body to /slack/events, signed (or with the given headers), and by default waits until it and
   * everything else in flight is fully handled (`wait: false` returns at the ack).
   */
  post(
    body: string,
    contentType: 'form' | 'json',
    headers?: Record<string, string>,
    opts?: { wait?: boolean },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** Slack's request signature: `v0=` + hex(HMAC-SHA256(secret, `v0:<ts>:<body>`)). */
export function signSlackRequest(
  body: string,
  timestampSec: number,
  secret = TEST_SIGNING_SECRET,
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestampSec), 'x-slack-signature': signature };
}

/**
 * The core and the Slack channel over `store`, configured as in production (bot token, signing secret, `env`);
 * `overrides` may replace channel dependencies (a recording chartPng, a sleep that records).
 */
async function slackStack(
  deps: { store: Store; clock: Clock; logger: Logger; env: Record<string, string> },
  overrides: (charts: ChartService) => Partial<SlackChannelDeps> = () => ({}),
) {
  const { store, clock, logger } = deps;
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, ...deps.env });
  const charts = createChartService({ store, clock, secret: CHART_SECRET, publicUrl: config.publicUrl, logger });
  const calendar = createCalendarService({ store, clock, secret: CHART_SECRET, publicUrl: config.publicUrl, logger });
  const conversation = createConversation({ store, clock, logger, charts, calendar });
  const channel = await createSlackChannel({
    config,
    conversation,
    store,
    clock,
    logger,
    renderCard: renderAdaptiveCard,
    chartPng: (req) => charts.png(req),
    ...overrides(charts),
  });
  return { config, charts, conversation, channel };
}

/** Starts store (SQLite in memory unless given), core, Slack channel, HTTP server and the fake Slack API. */
export async function startSlackTestServer(options: SlackServerOptions = {}): Promise<SlackTestServer> {
  const api = await startFakeSlackApi();
  const clock = options.clock ?? new ManualClock('2026-11-26T09:00:00Z');
  const store = options.store ?? (await createStore({ sqliteFile: ':memory:', clock }));
  const logger = options.logger ?? pino({ level: 'silent' });
  const sleeps: number[] = [];
  const chartRequests: ChartRequest[] = [];
  const chartPngs: Buffer[] = [];
  const { config, charts, conversation, channel } = await slackStack(
    { store, clock, logger, env: { SLACK_API_URL: api.apiUrl, ...options.env } },
    (charts) => ({
      chartPng: async (req) => {
        chartRequests.push(req);
        const png = await charts.png(req);
        if (png) chartPngs.push(png);
        return png;
      },
      sleep: async (ms) => {
        sleeps.push(ms);
        await options.sleep?.(ms);
      },
      ...(options.formAnswerBudgetMs !== undefined ? { formAnswerBudgetMs: options.formAnswerBudgetMs } : {}),
    }),
  );
  const server: Server = createHttpServer([...channel.routes, charts.httpRoute()], logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    api,
    channel,
    store,
    clock,
    config,
    sleeps,
    chartRequests,
    chartPngs,
    conversation,
    async post(body, contentType, headers, opts) {
      const res = await fetch(`${url}${SLACK_EVENTS_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
          ...(headers ?? signSlackRequest(body, Math.floor(clock.now().getTime() / 1000))),
        },
        body,
      });
      if (opts?.wait !== false) await channel.idle();
      return res;
    },
    async close() {
      await channel.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await api.close();
      if (!options.store) await store.close();
    },
  };
}

/**
 * The Slack turn benchmark's server process (test/bench/turn-slack.bench.ts): our bot (store, core, Slack
 * channel, HTTP server) on the system clock, with `teams` bench teams of one Slack member each in a bench
 * LKT whose measure VENT can be logged for `weeks` past ISO weeks. The Web API is the parent's fake
 * (`apiUrl`). Tells the parent its URL, users and weeks; on "stop" reports the measurements stored.
 */
export async function runSlackBenchServer(apiUrl: string, teams: number, weeks: number): Promise<void> {
  const clock = { now: () => new Date() };
  const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' }, pino.destination(2));
  const store = await createStore({ sqliteFile: ':memory:', clock });
  const actor = { personId: null, at: clock.now() };
  const thisWeek = currentPeriodKey('week', clock.now());
  const weekKeys = Array.from({ length: weeks }, (_, i) => shiftPeriod(thisWeek, i - weeks));
  const start = periodBounds(shiftPeriod(thisWeek, -weeks - 1))!.start;
  const collaborative = await store.collaboratives.create(
    { name: 'Bench LKT', clinicalArea: 'Hoftefraktur', startDate: start },
    actor,
  );
  await store.measures.create(
    {
      collaborativeId: collaborative.id,
      code: 'VENT',
      name: 'Ventetid til operation',
      type: 'process',
      unitKind: 'value',
      unit: 'timer',
      direction: 'lower',
    },
    actor,
  );
  const users: string[] = [];
  const teamIds: string[] = [];
  for (let k = 0; k < teams; k++) {
    const team = await store.teams.create(
      { collaborativeId: collaborative.id, name: `Benchteam ${k}`, department: 'Ortopædi', region: 'hovedstaden' },
      actor,
    );
    const userId = `UB${String(k).padStart(4, '0')}`;
    const person = await store.persons.create(
      { displayName: `Bench ${k}`, identities: [{ platform: 'slack', tenantId: 'T1', userId }] },
      actor,
    );
    await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
    users.push(userId);
    teamIds.push(team.id);
  }
  const { channel } = await slackStack({
    store,
    clock,
    logger,
    env: { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_API_URL: apiUrl },
  });
  const server = createHttpServer(channel.routes, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (m) => {
    if (m !== 'stop') return;
    void (async () => {
      await channel.stop();
      let stored = 0;
      for (const id of teamIds) stored += (await store.measurements.listForTeam(id)).length;
      server.closeAllConnections();
      server.close();
      await store.close();
      process.send!({ stored }, () => process.exit(0));
    })();
  });
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, users, weeks: weekKeys });
}
