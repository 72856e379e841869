// The whole app (buildApp: local channel, health probes, gate, scheduler) on a given store, listening on
// 127.0.0.1 port 0, with `teams` bench teams of one member each, for fault, overload and shutdown tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { buildApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { LoadPressure } from '../../src/conversation/turn-gate';
import { currentPeriodKey, shiftPeriod, type Clock, type Store } from '../../src/domain';
import { seedDemo } from '../../src/demo/seed-demo';

/** One HTTP answer of the local channel, with its time in milliseconds. */
export interface TurnAnswer {
  status: number;
  body: { replies?: Array<{ text?: string; card?: object }>; error?: string };
  retryAfter: string | null;
  ms: number;
}

/** A running app with its users and helpers. */
export interface FaultApp {
  app: App;
  url: string;
  /** Local user ids, one per bench team. */
  users: string[];
  teamIds: string[];
  /** Past ISO weeks each team may log, oldest first. */
  weeks: string[];
  turn(user: string, text: string, extra?: { id?: string }): Promise<TurnAnswer>;
  get(path: string): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** Seeds the demo LKT plus `teams` empty teams (user `bench-<prefix><k>` in team k); returns users, teams and weeks. */
export async function seedBenchTeams(store: Store, clock: Clock, teams: number, weeks = 104, prefix = '') {
  const seed = await seedDemo(store, clock);
  const actor = { personId: null, at: clock.now() };
  const users: string[] = [];
  const teamIds: string[] = [];
  for (let k = 0; k < teams; k++) {
    const team = await store.teams.create(
      {
        collaborativeId: seed.collaborativeId,
        name: `Benchteam ${prefix}${k}`,
        department: 'Ortopædkirurgi',
        region: 'hovedstaden',
      },
      actor,
    );
    const person = await store.persons.create(
      {
        displayName: `Bench ${prefix}${k}`,
        identities: [{ platform: 'local', tenantId: 'local', userId: `bench-${prefix}${k}` }],
      },
      actor,
    );
    await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
    users.push(`bench-${prefix}${k}`);
    teamIds.push(team.id);
  }
  const thisWeek = currentPeriodKey('week', clock.now());
  return { users, teamIds, weeks: Array.from({ length: weeks }, (_, i) => shiftPeriod(thisWeek, i - weeks)) };
}

/** True when a local-channel answer is a stored measurement (its card offers undo). */
export function isStored(answer: TurnAnswer): boolean {
  return answer.status === 200 && JSON.stringify(answer.body).includes('"measurement.undo"');
}

/** Starts the app on `store` (not closed by close()); `env` adds or overrides environment variables. */
export async function startFaultApp(opts: {
  store: Store;
  clock: Clock;
  teams?: number;
  env?: Record<string, string>;
  /** Overload signal for the turn gate instead of the event loop's lag. */
  pressure?: LoadPressure;
}): Promise<FaultApp> {
  const seeded = await seedBenchTeams(opts.store, opts.clock, opts.teams ?? 4);
  const dataDir = mkdtempSync(join(tmpdir(), 'forbedringsbot-app-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    SCHEDULER_ENABLED: 'false',
    CHART_SIGNING_SECRET: 'fault-app-test-chart-secret-0123456789',
    ...opts.env,
  });
  const app = await buildApp(config, {
    store: opts.store,
    clock: opts.clock,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    pressure: opts.pressure,
  });
  const url = (await app.listen()).replace('localhost', '127.0.0.1');
  const request = async (method: string, path: string, body?: unknown) => {
    const t0 = performance.now();
    const res = await fetch(`${url}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { res, json: text ? (JSON.parse(text) as unknown) : null, ms: performance.now() - t0 };
  };
  return {
    app,
    url,
    ...seeded,
    async turn(user, text, extra = {}) {
      const { res, json, ms } = await request('POST', '/api/local/messages', { user, text, ...extra });
      return { status: res.status, body: json as TurnAnswer['body'], retryAfter: res.headers.get('retry-after'), ms };
    },
    async get(path) {
      const { res, json } = await request('GET', path);
      return { status: res.status, body: json };
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
