import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createLogger } from './privacy/create-logger';
import type { Config } from './config';
import type { Clock, Notifier, Store } from './domain';
import { createStore } from './store/create-store';
import { createConversation } from './conversation/create-conversation';
import { createChartService } from './reporting/chart-service';
import { createCalendarService } from './calendar/calendar-service';
import { createStoryboardService } from './reporting/storyboard/storyboard-service';
import { timeRulesFromConfig } from './scheduler/time-rules';
import { renderAdaptiveCard } from './cards/render-adaptive-card';
import { localRoutes } from './channels/local/local-routes';
import { createLocalNotifier } from './channels/local/local-notifier';
import { guardPlayground } from './channels/local/playground-guard';
import { createTeamsChannel } from './channels/teams/teams-channel';
import { createSlackChannel } from './channels/slack/slack-channel';
import { createScheduler, type Scheduler } from './scheduler/create-scheduler';
import { PLATFORM_LIMITS } from './scheduler/platform-limits';
import { createTenantBudget } from './scheduler/tenant-budget';
import { seedDemo } from './demo/seed-demo';
import { createHttpServer, type Route } from './server/http-server';
import { legalRoutes } from './server/legal-pages';
import { healthRoutes } from './server/health-routes';
import { createTurnGate, gateConversation, type LoadPressure } from './conversation/turn-gate';
import { createEventLoopPressure } from './server/event-loop-pressure';

/** How often the Slack rollout looks for listed people without a DM (new people in the YAML, new workspace members). */
const ROLLOUT_EVERY_MS = 15 * 60_000;

/** A composed bot instance: one HTTP server for all channels, the store, the core and the scheduler. */
export interface App {
  server: Server;
  store: Store;
  conversation: ReturnType<typeof createConversation>;
  scheduler: Scheduler;
  notifiers: Notifier[];
  logger: Logger;
  /** Starts listening (and the scheduler when enabled); resolves to the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** Things tests (and the CLI) may supply instead of the defaults. */
export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  store?: Store;
  /** Overload signal for the turn gate (default: the event loop's lag, config.turns.pressure). */
  pressure?: LoadPressure;
}

/** The composition root: builds every concrete class from config. Only this file and main.ts do. */
export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel, base: { app: 'forbedringsbot' } });
  const clock: Clock = overrides.clock ?? { now: () => new Date() };
  const store = overrides.store ?? (await createStore(storeOptions(config, logger)));
  const chartSecret = config.charts.secret ?? localChartSecret(config.dataDir, logger);
  const charts = createChartService({
    store,
    clock,
    secret: chartSecret,
    publicUrl: config.publicUrl,
    ttlMs: config.charts.ttlMs,
  });
  const calendar = createCalendarService({ store, clock, secret: chartSecret, publicUrl: config.publicUrl, logger });
  const storyboards = createStoryboardService({
    store,
    clock,
    secret: chartSecret,
    publicUrl: config.publicUrl,
    logger,
  });
  const timeRules = timeRulesFromConfig(config.scheduler);
  const conversation = createConversation({ store, clock, logger, charts, calendar, storyboards, timeRules });
  if (config.demoSeed) await seedDemo(store, clock);

  // One gate for every channel: bounded turns at once and a bounded queue; closed first on shutdown.
  const loopPressure = overrides.pressure ? null : createEventLoopPressure(config.turns.pressure);
  const gate = createTurnGate(config.turns, overrides.pressure ?? loopPressure ?? undefined);
  let draining = false;
  const routes: Route[] = [
    charts.httpRoute(),
    calendar.httpRoute(),
    storyboards.httpRoute(),
    ...legalRoutes(),
    ...healthRoutes({ store, draining: () => draining }),
  ];
  const notifiers: Notifier[] = [];
  const stops: Array<() => Promise<void>> = [];
  const rollouts: Array<() => Promise<unknown>> = [];

  // The local channel and playground act as any user with no sign-in: on only when configured (config.ts), and
  // behind PLAYGROUND_TOKEN when one is set (always in production).
  if (config.playground.enabled) {
    const local = createLocalNotifier({ store, clock, renderCard: renderAdaptiveCard });
    notifiers.push(local);
    const playground = localRoutes({
      conversation: gateConversation(conversation, gate, 'throw'),
      store,
      renderCard: renderAdaptiveCard,
      logger,
      inbox: local,
    });
    routes.push(...(config.playground.token ? guardPlayground(playground, config.playground.token) : playground));
  }

  // One budget per Teams tenant at the documented per-app-per-tenant rate, shared by the rollout (roster reads,
  // chat creation) and the scheduler's sends, so together they never exceed it; a 429 pauses the tenant for both.
  const teamsBudget = createTenantBudget({
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    rate: PLATFORM_LIMITS.teams.overall,
  });
  if (config.teams.enabled) {
    const teams = createTeamsChannel({
      config,
      conversation: gateConversation(conversation, gate, 'reply'),
      store,
      clock,
      logger,
      renderCard: renderAdaptiveCard,
      reachLimiter: teamsBudget,
    });
    routes.push(...teams.routes);
    notifiers.push(teams.notifier);
  }
  if (config.slack.enabled) {
    const slack = await createSlackChannel({
      config,
      conversation: gateConversation(conversation, gate, 'reply'),
      store,
      clock,
      logger,
      renderCard: renderAdaptiveCard,
      chartPng: (req) => charts.png(req),
    });
    routes.push(...slack.routes);
    notifiers.push(slack.notifier);
    stops.push(slack.stop);
    rollouts.push(slack.reach);
  }

  const scheduler = createScheduler({
    store,
    clock,
    notifiers,
    logger,
    config,
    instanceId: config.instanceId ?? `instance-${randomUUID().slice(0, 8)}`,
    charts,
    calendar,
    storyboards,
    tenantBudgets: { teams: teamsBudget },
  });
  const server = createHttpServer(routes, logger);
  let rolloutTimer: NodeJS.Timeout | undefined;

  return {
    server,
    store,
    conversation,
    scheduler,
    notifiers,
    logger,
    async listen() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve());
      });
      if (config.scheduler.enabled) {
        scheduler.start();
        // The Slack rollout (DMs to people listed by email) runs with the scheduler: now, then every ROLLOUT_EVERY_MS.
        const rollout = () =>
          rollouts.forEach((run) => void run().catch((err: unknown) => logger.warn({ err }, 'rollout run failed')));
        rollout();
        rolloutTimer = setInterval(rollout, ROLLOUT_EVERY_MS).unref();
      }
      const { port } = server.address() as AddressInfo;
      return `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    },
    async close() {
      // Stop taking turns (readiness fails, new turns are refused as busy), let those in flight finish, stop the
      // scheduler (its unsent claimed reminders are released to other instances), then close.
      draining = true;
      if (rolloutTimer) clearInterval(rolloutTimer);
      loopPressure?.close();
      await Promise.all([gate.close(config.shutdownGraceMs), scheduler.stop({ release: true })]);
      for (const stop of stops) await stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      if (!overrides.store) await store.close();
    },
  };
}

function storeOptions(config: Config, logger: Logger) {
  if (config.databaseUrl) return { databaseUrl: config.databaseUrl, logger, postgres: config.postgres };
  mkdirSync(config.dataDir, { recursive: true });
  return { sqliteFile: join(config.dataDir, 'forbedringsbot.sqlite'), logger };
}

// Outside production a chart-signing secret is generated once and kept beside the SQLite file, so chart
// links in old messages keep working across restarts. Production requires CHART_SIGNING_SECRET (config.ts).
function localChartSecret(dataDir: string, logger: Logger): string {
  const file = join(dataDir, 'chart-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  logger.info({ file }, 'generated a chart-signing secret for local use');
  return secret;
}
