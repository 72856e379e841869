// A real HTTP server with the Teams channel on /api/messages, the real conversation core and a real store,
// talking to a fake Bot Framework connector on 127.0.0.1. Used until/besides src/app.ts's buildApp.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createCalendarService } from '../../src/calendar/calendar-service';
import { createChartService } from '../../src/reporting/chart-service';
import type { Conversation } from '../../src/conversation/create-conversation';
import type { Store, TenantBudget } from '../../src/domain';
import { createTeamsChannel, type TeamsChannel } from '../../src/channels/teams/teams-channel';
import type { Sleep } from '../../src/channels/teams/teams-notifier';
import { createHttpServer, type Route } from '../../src/server/http-server';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { createTenantBudget } from '../../src/scheduler/tenant-budget';
import { ManualClock } from './clock';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fake-teams-connector';
import { freshStore, type Dialect } from './stores';

const CHART_SECRET = 'teams-test-chart-secret-0123456789abcdef';

/** A running test bot with its fake connector. */
export interface TeamsTestServer {
  /** Base URL of the bot, e.g. http://127.0.0.1:40123 */
  url: string;
  store: Store;
  clock: ManualClock;
  connector: FakeTeamsConnector;
  channel: TeamsChannel;
  conversation: Conversation;
  /** Delays the notifier slept (its injected sleep records instead of waiting). */
  slept: number[];
  /** POSTs an activity (serviceUrl rewritten to the fake connector) to /api/messages. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Options: extra env (credentials, allowed tenants), dialect, start time, a store to reuse. */
export interface TeamsServerOptions {
  env?: Record<string, string>;
  dialect?: Dialect;
  start?: string;
  store?: Store;
  /** The clock to use (the store's clock when `store` is given). */
  clock?: ManualClock;
  /** Paces the roster reach (default: Teams' tenant rate on a simulated clock that never waits); the bench passes real time. */
  reachLimiter?: TenantBudget;
  /** Stamps each request the fake connector receives (`FakeTeamsConnector.stamps`). */
  connectorNow?: () => number;
  /** A core to use instead of the real one (channel-only tests that record the turns they get). */
  conversation?: Conversation;
}

/** Starts the bot on 127.0.0.1 (random port) in anonymous mode unless `env` sets credentials. */
export async function startTeamsServer(options: TeamsServerOptions = {}): Promise<TeamsTestServer> {
  const clock = options.clock ?? new ManualClock(options.start ?? '2026-11-23T09:00:00Z');
  const store = options.store ?? (await freshStore(options.dialect ?? 'sqlite', { clock }));
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  // createHttpServer looks routes up per request, so they can be added once the port is known; chart
  // links then point at this server (as PUBLIC_URL would), and a test can fetch the PNG behind a card.
  const routes: Route[] = [];
  const server: Server = createHttpServer(routes, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    TEAMS_ALLOW_ANONYMOUS: 'true',
    PUBLIC_URL: url,
    DEMO_SEED: 'false',
    SCHEDULER_ENABLED: 'false',
    ...options.env,
  });
  const charts = createChartService({ store, clock, secret: CHART_SECRET, publicUrl: url, logger });
  const calendar = createCalendarService({ store, clock, secret: CHART_SECRET, publicUrl: url, logger });
  // Loaded lazily so channel-only tests (own `conversation`) do not load the whole core.
  const conversation =
    options.conversation ??
    (await import('../../src/conversation/create-conversation')).createConversation({
      store,
      clock,
      logger,
      charts,
      calendar,
    });
  const slept: number[] = [];
  const sleep: Sleep = async (ms) => void slept.push(ms);
  // Roster reach is paced on its own simulated clock: its sleep moves that clock, so nothing waits on wall time.
  const pace = new ManualClock('2026-01-01T00:00:00Z');
  const reachLimiter =
    options.reachLimiter ??
    createTenantBudget({ clock: pace, sleep: async (ms) => pace.advance(ms), rate: PLATFORM_LIMITS.teams.overall });
  // Requests are stamped on the pacing clock unless the test paces on its own clock.
  const connector = await startFakeTeamsConnector(options.connectorNow ?? (() => pace.now().getTime()));
  const channel = createTeamsChannel({
    config,
    conversation,
    store,
    clock,
    logger,
    sleep,
    random: () => 0.5,
    reachLimiter,
  });
  routes.push(...channel.routes, charts.httpRoute(), calendar.httpRoute());

  return {
    url,
    store,
    clock,
    connector,
    channel,
    conversation,
    slept,
    async post(activity, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // plain-text bodies (401 messages) stay strings
      }
      return { status: res.status, body };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
      if (!options.store) await store.close();
    },
  };
}
