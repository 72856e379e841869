import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod } from '../../src/domain';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems, filled } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: CPH }).toFormat("ccc yyyy-LL-dd'T'HH:mm");
const summaries = (w: World) => w.platform.deliveries.filter((d) => d.message.card?.template === 'sponsor-summary');

let w: World;
afterEach(async () => w?.close());

// 14 values around 50 % and then 8 high ones: the run of 8 above the median signals only with the last point.
const MIDS = [0.5, 0.58, 0.44, 0.55, 0.47, 0.53, 0.42, 0.56, 0.49, 0.52, 0.45, 0.57, 0.43, 0.54];
const SERIES = [...MIDS, ...Array.from({ length: 8 }, (_, i) => 0.8 + (i % 3) * 0.03)];

async function seedTeamA(w: World) {
  const op = await w.store.measures.create(
    {
      collaborativeId: w.collaborative.id,
      code: 'OP24',
      name: 'Operation inden 24 timer',
      type: 'process',
      unitKind: 'proportion',
      direction: 'higher',
      goal: 90,
      period: 'week',
    },
    w.actor(),
  );
  const falls = await w.store.measures.create(
    {
      collaborativeId: w.collaborative.id,
      code: 'FALD',
      name: 'Faldhændelser',
      type: 'balancing',
      unitKind: 'count',
      direction: 'lower',
      goal: 2,
      period: 'week',
    },
    w.actor(),
  );
  const anne = w.people.anne!.id;
  const put = (measureId: string, periodKey: string, value: number, at: Date) =>
    w.store.measurements.put(
      {
        measureId,
        teamId: w.teamA.id,
        periodKey,
        periodStart: periodBounds(periodKey)!.start,
        value,
        numerator: null,
        denominator: null,
        note: null,
      },
      { personId: anne, at },
    );
  for (let i = 0; i < SERIES.length; i++) {
    const key = shiftPeriod('2026-W45', i - (SERIES.length - 1));
    const at = i === SERIES.length - 1 ? local('2026-11-06T10:00') : local('2026-10-01T10:00');
    await put(op.id, key, SERIES[i]!, at);
  }
  for (const key of ['2026-W42', '2026-W43', '2026-W45']) await put(falls.id, key, 1, local('2026-11-06T10:00'));
  const started = await w.store.pdsa.create(
    { teamId: w.teamA.id, title: 'Tjekliste ved modtagelse', ownerId: anne, plan: { objective: 'x' } },
    { personId: anne, at: local('2026-11-04T10:00') },
  );
  void started;
  return { op, falls };
}

describe('sponsor weekly summary', () => {
  it('gives every sponsor a Monday 08:00 summary with latest vs goal, sparkline, signal, PDSA and missing data', async () => {
    w = await schedulerWorld({ start: '2026-10-01T09:00:00+02:00' });
    await seedTeamA(w);
    w.time.set(local('2026-11-06T12:00'));
    await w.tick();
    expect(await w.store.subscriptions.listForPerson(w.people.sara!.id)).toEqual([
      { personId: w.people.sara!.id, teamId: w.teamA.id, weekday: 1, time: '08:00', paused: false },
    ]);
    w.time.set(local('2026-11-09T08:00'));
    await w.tick();
    const sent = summaries(w);
    expect(sent.map((d) => [d.refId, show(d.at)])).toEqual([[w.refs.sara!.id, 'Mon 2026-11-09T08:00']]);
    const card = sent[0]!.message.card!;
    expect(cardProblems(card)).toEqual([]);
    const data = card.data as Record<string, unknown>;
    const measures = data.measures as Array<Record<string, unknown>>;
    const op = measures.find((m) => m.name === 'OP24 – Operation inden 24 timer')!;
    // The latest value misses the goal, but the run chart shows a real rise (higher is better): MDC says improving.
    expect(op).toMatchObject({
      goal: 'Goal: 90%',
      status: 'Goal not reached · 🔵 Special cause – improving',
      hasChart: true,
    });
    expect(op.latest).toBe('83% (week 45)');
    expect(op.chart).toContain('sparkline');
    expect(measures.find((m) => m.name === 'FALD – Faldhændelser')).toMatchObject({
      latest: '1 (week 45)',
      goal: 'Goal: 2',
      status: expect.stringMatching(/^Goal reached · ⚪ Common cause variation/),
    });
    expect((data.signals as Array<{ text: string }>)[0]!.text).toMatch(
      /^🔵 New signal in Operation inden 24 timer: .*has risen/,
    );
    expect(data.pdsa).toEqual([{ text: 'Started: Tjekliste ved modtagelse' }]);
    expect(data.missing).toEqual([{ text: 'Faldhændelser: week 44' }]);
    expect(JSON.stringify(filled(card))).toContain('Weekly summary: Ortopædkirurgi OUH');
  });

  it('follows a changed day, and sends nothing while paused', async () => {
    w = await schedulerWorld({ start: '2026-11-02T09:00:00+01:00' });
    await w.tick();
    const sara = w.people.sara!.id;
    await w.store.subscriptions.upsert({
      personId: sara,
      teamId: w.teamA.id,
      weekday: 3,
      time: '09:30',
      paused: false,
    });
    w.time.advance(16 * 60_000);
    await w.tick();
    for (const day of ['2026-11-04T09:30', '2026-11-09T08:00', '2026-11-11T09:30']) {
      w.time.set(local(day));
      await w.tick();
    }
    expect(summaries(w).map((d) => show(d.at))).toEqual(['Wed 2026-11-04T09:30', 'Wed 2026-11-11T09:30']);
    expect(
      (await w.store.reminders.list({ kind: 'sponsor_summary', status: 'dropped' })).map((r) => r.lastError),
    ).toEqual(['subscription changed day or time']);
    await w.store.subscriptions.upsert({ personId: sara, teamId: w.teamA.id, weekday: 3, time: '09:30', paused: true });
    w.time.set(local('2026-11-18T09:30'));
    await w.tick();
    expect(summaries(w)).toHaveLength(2);
  });
});
