// A real HTTP server with the local channel, the conversation core and the chart route, on 127.0.0.1
// port 0 — for the local channel's contract test, the browser test and the turn benchmark, until (and
// independent of) src/app.ts.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import { localRoutes } from '../../src/channels/local/local-routes';
import { createCalendarService } from '../../src/calendar/calendar-service';
import { loadConfig } from '../../src/config';
import { createConversation } from '../../src/conversation/create-conversation';
import { createTurnGate, gateConversation } from '../../src/conversation/turn-gate';
import { createEventLoopPressure } from '../../src/server/event-loop-pressure';
import type { LocalInbox } from '../../src/channels/local/local-notifier';
import type { Clock, Store } from '../../src/domain';
import { createHttpServer, type Route } from '../../src/server/http-server';
import { ManualClock } from './clock';
import { dropSchema, TEST_DATABASE_URL } from './stores';
import { seedBenchTeams } from './fault-app';
import { createStore } from '../../src/store/create-store';
import { createChartService } from '../../src/reporting/chart-service';

/** A running local-channel server. */
export interface LocalServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Options: the store and clock under test, an optional inbox and logger. */
export interface LocalServerOptions {
  store: Store;
  clock: Clock;
  /** The local notifier's inbox, when a test sends proactive messages. */
  inbox?: LocalInbox;
  logger?: Logger;
  /** Sheds load as the app does: turns behind the app's default turn gate and event-loop pressure (config.ts). */
  shed?: boolean;
}

/** Starts the server; chart URLs are absolute on the server's own address (as PUBLIC_URL would give). */
export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const logger = opts.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  // createHttpServer looks routes up per request, so the routes can be added once the port is known.
  const routes: Route[] = [];
  const server = createHttpServer(routes, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const charts = createChartService({
    store: opts.store,
    clock: opts.clock,
    secret: CHART_SECRET,
    publicUrl: url,
    logger,
  });
  const calendar = createCalendarService({
    store: opts.store,
    clock: opts.clock,
    secret: CHART_SECRET,
    publicUrl: url,
    logger,
  });
  const core = createConversation({ store: opts.store, clock: opts.clock, logger, charts, calendar });
  // The app's defaults with production's utilisation limit, or TURN_* limits from the environment (to try other
  // limits in the overload bench).
  const { turns } = loadConfig({
    TURN_MAX_LOOP_UTILIZATION: '0.95',
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TURN_'))),
  });
  const pressure = opts.shed ? createEventLoopPressure(turns.pressure) : null;
  const conversation = pressure ? gateConversation(core, createTurnGate(turns, pressure), 'throw') : core;
  routes.push(
    calendar.httpRoute(),
    ...localRoutes({ conversation, store: opts.store, renderCard: renderAdaptiveCard, logger, inbox: opts.inbox }),
    charts.httpRoute(),
  );
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        pressure?.close();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Test-only chart signing secret (≥ 32 characters, like CHART_SIGNING_SECRET). */
const CHART_SECRET = 'local-server-test-chart-secret-0123456789';

/**
 * The turn benchmark's server process (test/bench/turn-local.bench.ts): the demo seed plus `teams` empty
 * bench teams in the demo LKT, each with one member (local user `bench-<k>`). Tells the parent its URL,
 * the users and the `weeks` past ISO weeks they may log; on "stop" reports the bench rows stored and exits.
 */
export async function runBenchServer(
  dialect: 'sqlite' | 'postgres',
  teams: number,
  weeks: number,
  shared: { schema?: string; prefix?: string; shed?: boolean } = {},
): Promise<void> {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  // SQLite on a file (WAL, synchronous=FULL), as `npm start` runs it — not ':memory:', which skips the fsyncs.
  const sqliteFile = join(tmpdir(), `turn-local-bench-${process.pid}.sqlite`);
  // `shared.schema`: one PostgreSQL schema for several bench servers (instances); the parent drops it. Without it
  // the server makes its own schema and drops it on stop. The application_name tells the parent which PostgreSQL
  // backends serve this process (their CPU is part of a turn's cost).
  const applicationName = `bench-${process.pid}`;
  const schema = shared.schema ?? `bench_${randomBytes(5).toString('hex')}`;
  let statements = 0;
  let commits = 0;
  const onStatement = (text: string) => {
    statements++;
    if (/^commit$/i.test(text)) commits++;
  };
  const store =
    dialect === 'sqlite'
      ? await createStore({ sqliteFile, clock, onStatement })
      : await createStore({
          databaseUrl: `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}application_name=${applicationName}`,
          pgSchema: schema,
          clock,
          onStatement,
        });
  const { users, teamIds, weeks: weekKeys } = await seedBenchTeams(store, clock, teams, weeks, shared.prefix);
  const server = await startLocalServer({ store, clock, shed: shared.shed });
  // The parent bench ended without "stop" (it failed): do not outlive it.
  process.once('disconnect', () => process.exit(1));
  process.on('message', (m) => {
    if (m === 'probe') {
      const cpu = process.cpuUsage();
      process.send!({ probe: { cpuUs: cpu.user + cpu.system, statements, commits } });
      return;
    }
    if (m !== 'stop') return;
    void (async () => {
      let stored = 0;
      for (const id of teamIds) stored += (await store.measurements.listForTeam(id)).length;
      await server.close();
      await store.close();
      if (dialect === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(sqliteFile + suffix, { force: true });
      if (dialect === 'postgres' && !shared.schema) await dropSchema(schema);
      process.send!({ stored }, () => process.exit(0));
    })();
  });
  process.send!({ url: server.url, users, weeks: weekKeys, applicationName });
}
