// Scheduler benchmarks.
//
// scheduler.fanout_5000.*: 5,000 reminders (10 broadcasts × 500 channels) due at once, delivered by one real
// scheduler tick over a real SQLite store, through a fake platform that enforces 1 msg/s per conversation and
// 50 msg/s overall (it answers 429 when either is exceeded). Time is SIMULATED: a discrete-event clock
// (test/scheduler/support/simulated-time.ts) that jumps to the next sleeper whenever all work is idle, and the
// scheduler's rate limiter sleeps on it. SQLite I/O is synchronous, so "idle" means nothing is left to do
// before the next token; the platform accepts instantly. The simulated duration is therefore the pacing the
// scheduler achieves, not CPU time (that is `wall_ms`).
//   ratio = (time of the last acceptance − start + one 20 ms overall slot) / 100 s, the theoretical minimum
//   (5,000 / 50 per second), so perfect pacing gives 1.0.
//   duplicates = deliveries beyond one per reminder; missed = reminders never delivered; rejected = 429s.
//
// summary.build_1000: ms to build 1,000 sponsor weekly summaries (200 teams × 5 weekly measures × 52 weeks of
// data, PDSA cycles): store reads, run-chart analysis now and a week ago, and a signed sparkline URL per
// measure from the real chart service. The sparkline PNG itself is rendered when a client loads that URL
// (charts.bench.ts measures rendering).
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createChartService } from '../../src/reporting/chart-service';
import type { MeasurementWrite, Store } from '../../src/domain';
import { periodBounds, reminderCause, shiftPeriod } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { buildSponsorSummary } from '../../src/reporting/build-sponsor-summary';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { createStore } from '../../src/store/create-store';
import { FakePlatform } from '../scheduler/support/fake-platform';
import { ManualTicker } from '../scheduler/support/scheduler-world';
import { SimulatedTime } from '../scheduler/support/simulated-time';
import { round, type Bench, type Figure } from './bench';

const CONVERSATIONS = 500;
const ROUNDS = 10;
const PER_CONVERSATION_PER_SEC = 1;
const OVERALL_PER_SEC = 50;

async function fanout(): Promise<Figure[]> {
  const time = new SimulatedTime('2026-11-18T09:00:00Z');
  const store = await createStore({ sqliteFile: ':memory:', clock: time });
  try {
    const actor = { personId: null, at: time.now() };
    const c = await store.collaboratives.create(
      { name: 'Bench LKT', clinicalArea: 'Hofte', startDate: '2026-01-05' },
      actor,
    );
    await store.transaction(async (tx) => {
      const refs = [];
      for (let i = 0; i < CONVERSATIONS; i++) {
        refs.push(
          await tx.conversationRefs.upsert(
            {
              platform: 'local',
              tenantId: 'bench',
              conversationId: `ch-${i}`,
              kind: 'channel',
              personId: null,
              teamId: null,
              reference: {},
            },
            time.now(),
          ),
        );
      }
      for (let round = 0; round < ROUNDS; round++) {
        const b = await tx.broadcasts.create({ collaborativeId: c.id, region: null, text: `Runde ${round}` }, actor);
        for (const ref of refs) {
          await tx.reminders.schedule({
            kind: 'broadcast',
            dedupeKey: `bench:${b.id}:${ref.id}`,
            causeKey: reminderCause.broadcast(b.id),
            recipient: { kind: 'conversation', conversationId: ref.id },
            dueAt: time.now(),
            payload: { broadcastId: b.id, target: ref.conversationId },
          });
        }
      }
    });
    const platform = new FakePlatform(time, {
      perConversationPerSec: PER_CONVERSATION_PER_SEC,
      overallPerSec: OVERALL_PER_SEC,
    });
    const scheduler = createScheduler({
      store,
      clock: time,
      notifiers: [platform],
      logger: pino({ level: 'silent' }),
      config: loadConfig({}),
      instanceId: 'bench',
      sleep: time.sleep,
      ticker: new ManualTicker(),
      options: {
        limits: {
          ...PLATFORM_LIMITS,
          local: {
            perConversation: { ratePerSec: PER_CONVERSATION_PER_SEC, burst: 1 },
            overall: { ratePerSec: OVERALL_PER_SEC, burst: 1 },
          },
        },
      },
    });
    const start = time.now().getTime();
    const wall0 = performance.now();
    // Retried 429s (if any) come due later: keep ticking until nothing is pending.
    for (let i = 0; i < 20 && (await store.reminders.list({ status: 'pending', limit: 1 })).length > 0; i++) {
      await time.drive(scheduler.tick());
      const next = (await store.reminders.list({ status: 'pending', limit: 1 }))[0];
      if (next && next.dueAt > time.now()) time.set(next.dueAt);
    }
    const wallMs = performance.now() - wall0;
    const total = CONVERSATIONS * ROUNDS;
    const unique = new Set(platform.deliveries.map((d) => `${d.refId}|${d.message.text}`)).size;
    const last = Math.max(...platform.deliveries.map((d) => d.at));
    const minimumMs = (total / OVERALL_PER_SEC) * 1000;
    return [
      {
        name: 'scheduler.fanout_5000.ratio',
        value: round((last - start + 1000 / OVERALL_PER_SEC) / minimumMs),
        unit: 'ratio',
      },
      { name: 'scheduler.fanout_5000.duplicates', value: platform.deliveries.length - unique, unit: 'count' },
      { name: 'scheduler.fanout_5000.missed', value: total - unique, unit: 'count' },
      { name: 'scheduler.fanout_5000.rejected', value: platform.rejected.length, unit: 'count' },
      { name: 'scheduler.fanout_5000.wall_ms', value: round(wallMs), unit: 'ms' },
    ];
  } finally {
    await store.close();
  }
}

const TEAMS = 200;
const MEASURES = 5;
const WEEKS = 52;
const SUMMARIES = 1000;

async function seedSummaries(store: Store, at: Date) {
  const actor = { personId: null, at };
  const c = await store.collaboratives.create(
    { name: 'Bench LKT', clinicalArea: 'Hofte', startDate: '2025-01-06', endDate: '2027-12-31' },
    actor,
  );
  const measures = [];
  for (let m = 0; m < MEASURES; m++) {
    measures.push(
      await store.measures.create(
        {
          collaborativeId: c.id,
          code: `M${m}`,
          name: `Indikator ${m}`,
          type: 'process',
          unitKind: m % 2 ? 'count' : 'proportion',
          direction: 'higher',
          goal: m % 2 ? 10 : 80,
          period: 'week',
        },
        actor,
      ),
    );
  }
  const teams = [];
  for (let t = 0; t < TEAMS; t++)
    teams.push(
      await store.teams.create(
        { collaborativeId: c.id, name: `Team ${t}`, department: 'Afd.', region: 'hovedstaden' },
        { personId: null, at: new Date('2025-01-06T08:00:00Z') },
      ),
    );
  const rows: MeasurementWrite[] = [];
  let s = 7;
  for (const team of teams) {
    for (const m of measures) {
      for (let w = 0, k = '2025-W46'; w < WEEKS; w++, k = shiftPeriod(k, 1)) {
        s = (s * 1103515245 + 12345) % 2147483648;
        if (s % 23 === 0) continue; // a few missing periods
        const value =
          m.unitKind === 'proportion'
            ? 0.5 + (s / 2147483648) * 0.3 + (w > 40 ? 0.15 : 0)
            : Math.round(5 + (s / 2147483648) * 10);
        rows.push({
          measureId: m.id,
          teamId: team.id,
          periodKey: k,
          periodStart: periodBounds(k)!.start,
          value,
          numerator: null,
          denominator: null,
          note: null,
        });
      }
    }
    await store.pdsa.create({ teamId: team.id, title: 'Tjekliste', plan: { objective: 'Færre forsinkelser' } }, actor);
  }
  for (let i = 0; i < rows.length; i += 5000) await store.measurements.putMany(rows.slice(i, i + 5000), actor);
  return teams;
}

async function summaries(): Promise<Figure[]> {
  const now = new Date('2026-11-16T07:00:00Z');
  const clock = { now: () => now };
  const store = await createStore({ sqliteFile: ':memory:', clock });
  try {
    const teams = await seedSummaries(store, new Date('2026-11-10T10:00:00Z'));
    const charts = createChartService({
      store,
      clock,
      secret: 'bench-secret-bench-secret-bench-secret-0123',
      publicUrl: 'https://bot.example',
    });
    const t = createTranslator('da');
    const build = (i: number) =>
      buildSponsorSummary({
        store,
        teamId: teams[i % teams.length]!.id,
        now,
        locale: 'da',
        t,
        zone: 'Europe/Copenhagen',
        charts,
        weekday: 1,
        time: '08:00',
      });
    for (let i = 0; i < 20; i++) await build(i); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < SUMMARIES; i++) {
      const message = await build(i);
      if (!message?.card) throw new Error('summary missing');
    }
    return [{ name: 'summary.build_1000', value: round(performance.now() - t0), unit: 'ms' }];
  } finally {
    await store.close();
  }
}

const benches: Bench[] = [
  {
    group: 'scheduler',
    names: [
      'scheduler.fanout_5000.ratio',
      'scheduler.fanout_5000.duplicates',
      'scheduler.fanout_5000.missed',
      'scheduler.fanout_5000.rejected',
      'scheduler.fanout_5000.wall_ms',
    ],
    run: () => fanout(),
  },
  { group: 'summary', names: ['summary.build_1000'], run: () => summaries() },
];

export default benches;
