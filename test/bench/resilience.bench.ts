// faults.pg_restart.recovery_ms: a throwaway PostgreSQL cluster (own port, temp dir) under the whole app is stopped
// and started ROUNDS times; the figure is the longest time from the database accepting connections again (pg_ctl -w
// start returned) to the first stored turn, the app retrying a turn every 10 ms.
// turn.write.series_ratio: median time of a stored measurement turn (conversation core, SQLite file) for a team
// whose series has 10,000 points ÷ the same for a team with 100 points, in steady state: each team's second to
// fourth value this week, each the newest of its series (its series and their analysis are in the instance's caches,
// as for any team that reports regularly). turn.write.series_ratio_first: the same for each team's first turn after
// the start, which reads the whole series from the database and analyses it in full once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createChartService } from '../../src/reporting/chart-service';
import { createConversation } from '../../src/conversation/create-conversation';
import { DEMO_IDS } from '../../src/demo/demo-content';
import { shiftPeriod, type Store } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { isStored, seedBenchTeams, startFaultApp } from '../support/fault-app';
import { startPgCluster } from '../support/pg-cluster';
import { median, round, type Bench, type Figure } from './bench';

const ROUNDS = 3;
const TURNS_PER_SIZE = 15;
/** Steady-state turns per team, after its first. */
const STEADY = 3;

async function recovery(): Promise<Figure[]> {
  const cluster = await startPgCluster();
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  const store = await createStore({ databaseUrl: cluster.url, clock });
  const app = await startFaultApp({ store, clock, teams: 1 });
  let w = 0;
  const times: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      cluster.stop();
      cluster.start();
      const up = performance.now();
      while (!isStored(await app.turn(app.users[0]!, `måling OP24 12/22 ${app.weeks[w++ % app.weeks.length]}`))) {
        await new Promise((r) => setTimeout(r, 10));
      }
      times.push(performance.now() - up);
    }
  } finally {
    await app.close();
    await store.close();
    cluster.destroy();
  }
  return [{ name: 'faults.pg_restart.recovery_ms', value: round(Math.max(...times)), unit: 'ms' }];
}

/** Puts `points` weekly OP24 values before this year for `teamId`. */
async function history(store: Store, teamId: string, points: number, clock: ManualClock) {
  const rows = Array.from({ length: points }, (_, i) => {
    const periodKey = shiftPeriod('2025-W52', -i);
    return {
      measureId: DEMO_IDS.measures.op24,
      teamId,
      periodKey,
      periodStart: weekStart(periodKey),
      value: 0.8,
      numerator: 16,
      denominator: 20,
      note: null,
    };
  });
  await store.measurements.putMany(rows, { personId: null, at: clock.now() });
}

function weekStart(key: string): string {
  const [y, w] = key.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

async function seriesRatio(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-series-'));
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  const store = await createStore({ sqliteFile: join(dir, 'bench.sqlite'), clock });
  try {
    const logger = pino({ level: 'silent' });
    const charts = createChartService({
      store,
      clock,
      secret: 'series-bench-chart-secret-0123456789',
      publicUrl: 'http://localhost',
      logger,
    });
    const core = createConversation({ store, clock, logger, charts });
    const seeded = await seedBenchTeams(store, clock, 2 * TURNS_PER_SIZE);
    const first: [number[], number[]] = [[], []];
    const steady: [number[], number[]] = [[], []];
    for (let k = 0; k < seeded.teamIds.length; k++)
      await history(store, seeded.teamIds[k]!, k % 2 ? 10_000 : 100, clock);
    const turn = async (k: number, week: string) => {
      const t0 = performance.now();
      const replies = await core.handle({
        channel: 'local',
        identity: { platform: 'local', tenantId: 'local', userId: seeded.users[k]! },
        conversation: {
          id: `local:${seeded.users[k]}`,
          kind: 'personal',
          tenantId: 'local',
          reference: { user: seeded.users[k]! },
        },
        text: `måling OP24 18/22 ${week}`,
      });
      const ms = performance.now() - t0;
      if (!JSON.stringify(replies).includes('measurement.undo'))
        throw new Error(`turn for team ${k} was not stored: ${JSON.stringify(replies).slice(0, 300)}`);
      return ms;
    };
    for (let k = 0; k < seeded.teamIds.length; k++) first[k % 2]!.push(await turn(k, seeded.weeks.at(-STEADY - 1)!));
    for (let w = STEADY; w >= 1; w--)
      for (let k = 0; k < seeded.teamIds.length; k++) steady[k % 2]!.push(await turn(k, seeded.weeks.at(-w)!));
    const ratio = ([short, long]: [number[], number[]]) => round(median(long) / median(short));
    return [
      { name: 'turn.write.series_ratio', value: ratio(steady), unit: 'ratio' },
      { name: 'turn.write.series_10k_ms', value: round(median(steady[1])), unit: 'ms' },
      { name: 'turn.write.series_100_ms', value: round(median(steady[0])), unit: 'ms' },
      { name: 'turn.write.series_ratio_first', value: ratio(first), unit: 'ratio' },
      { name: 'turn.write.series_10k_first_ms', value: round(median(first[1])), unit: 'ms' },
      { name: 'turn.write.series_100_first_ms', value: round(median(first[0])), unit: 'ms' },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const benches: Bench[] = [
  { group: 'faults.pg_restart', names: ['faults.pg_restart.recovery_ms'], run: recovery },
  {
    group: 'turn.write',
    names: [
      'turn.write.series_ratio',
      'turn.write.series_10k_ms',
      'turn.write.series_100_ms',
      'turn.write.series_ratio_first',
      'turn.write.series_10k_first_ms',
      'turn.write.series_100_first_ms',
    ],
    run: seriesRatio,
  },
];
export default benches;
