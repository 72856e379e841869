import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedMoment } from '../../src/scheduler/calendar';
import { DEFAULT_TIME_RULES } from '../../src/scheduler/time-rules';
import { schedulerWorld, type World } from './support/scheduler-world';

// One year of every reminder kind on the simulated clock: a tick every day at 08:00 and 14:00 Copenhagen time.
const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH });
const show = (ms: number) => DateTime.fromMillis(ms, { zone: CPH }).toFormat("ccc yyyy-LL-dd'T'HH:mm");

let w: World;
const templateOf = (d: World['platform']['deliveries'][number]) => d.message.card?.template ?? '';

beforeAll(async () => {
  w = await schedulerWorld({ start: '2026-01-05T12:00:00+01:00' });
  await w.store.measures.create(
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
  await w.store.actionPlans.create(
    { teamId: w.teamA.id, title: 'Handleplan', whatToChange: 'Hurtigere operation', planDate: '2026-01-07' },
    w.actor(),
  );
  await w.store.pdsa.create(
    {
      teamId: w.teamA.id,
      title: 'Tjekliste',
      ownerId: w.people.anne!.id,
      plan: { objective: 'x' },
      dueDates: { plan: '2026-04-03' },
    },
    w.actor(),
  );
  for (const startsAt of ['2026-03-31T10:00', '2026-10-27T10:00']) {
    await w.store.seminars.create(
      {
        collaborativeId: w.collaborative.id,
        title: `Seminar ${startsAt.slice(5, 7)}`,
        startsAt: local(startsAt).toJSDate(),
        location: 'Odense',
      },
      w.actor(),
    );
  }
  for (let day = local('2026-01-06T08:00'); day < local('2027-01-05T08:00'); day = day.plus({ days: 1 })) {
    for (const hour of [8, 14]) {
      w.time.set(day.set({ hour }).toJSDate());
      await w.tick();
    }
  }
}, 240_000);
afterAll(() => w?.close());

describe('a simulated year', () => {
  it('delivers every message at an allowed moment: no weekend, holiday, closed day or quiet hour', () => {
    expect(w.platform.deliveries.length).toBeGreaterThan(300);
    const bad = w.platform.deliveries
      .filter((d) => !isAllowedMoment(new Date(d.at), CPH, DEFAULT_TIME_RULES))
      .map((d) => show(d.at));
    expect(bad).toEqual([]);
  });

  it('sends each reminder once', async () => {
    const delivered = await w.store.reminders.list({ status: 'delivered' });
    expect(delivered).toHaveLength(w.platform.deliveries.length);
    expect(await w.store.reminders.list({ status: 'sending' })).toEqual([]);
  });

  it('gives the sponsor one summary a week at 08:00 local, summer and winter time', () => {
    const summaries = w.platform.deliveries.filter((d) => templateOf(d) === 'sponsor-summary');
    const weeks = new Set(summaries.map((d) => DateTime.fromMillis(d.at, { zone: CPH }).toFormat("kkkk-'W'WW")));
    expect(summaries).toHaveLength(weeks.size);
    expect(summaries).toHaveLength(52);
    expect(summaries.every((d) => DateTime.fromMillis(d.at, { zone: CPH }).toFormat('HH:mm') === '08:00')).toBe(true);
    const times = summaries.map((d) => show(d.at));
    expect(times).toContain('Mon 2026-03-30T08:00');
    expect(times).toContain('Tue 2026-04-07T08:00'); // Easter Monday is a holiday
    expect(times).toContain('Tue 2026-05-26T08:00'); // and so is Whit Monday
    expect(times).toContain('Mon 2026-10-26T08:00');
  });

  it('nudges about missing weekly data twice a week, never the sponsor', () => {
    const nudges = w.platform.deliveries.filter((d) => templateOf(d) === 'reminder-data');
    expect(nudges.filter((d) => d.refId === w.refs.sara!.id)).toEqual([]);
    const toAnne = nudges.filter((d) => d.refId === w.refs.anne!.id);
    // Weeks 2–52 twice each, and week 53's first nudge on Monday 4 January 2027 (its second falls after the year).
    expect(toAnne.length).toBe(2 * 51 + 1);
    expect(toAnne.slice(0, 2).map((d) => show(d.at))).toEqual(['Mon 2026-01-12T08:00', 'Wed 2026-01-14T08:00']);
  });

  it('follows up on the action plan after 1 week, 8 weeks, 6 months and 1 year', () => {
    const toBo = w.platform.deliveries.filter(
      (d) => templateOf(d) === 'reminder-action-plan' && d.refId === w.refs.bo!.id,
    );
    expect(toBo.map((d) => show(d.at))).toEqual([
      'Wed 2026-01-14T08:00',
      'Wed 2026-03-04T08:00',
      'Tue 2026-07-07T08:00',
    ]);
    // The 1-year follow-up (7 January 2027) falls after the simulated year; it is planned.
    expect(
      w.platform.deliveries.filter((d) => templateOf(d) === 'reminder-action-plan' && d.refId === w.refs.tove!.id),
    ).toHaveLength(3);
  });

  it('reminds about seminars before and after the DST changes, and the PDSA owner past Easter', () => {
    const seminar = w.platform.deliveries.filter(
      (d) => templateOf(d) === 'seminar-reminder' && d.refId === w.refs.anne!.id,
    );
    expect(seminar.map((d) => show(d.at))).toEqual([
      'Tue 2026-03-17T08:00',
      'Mon 2026-03-30T08:00', // 2 days before is Sunday 29 March (the DST night): moved to Monday, still 08:00
      'Tue 2026-03-31T08:00',
      'Tue 2026-10-13T08:00',
      'Mon 2026-10-26T08:00', // Sunday 25 October (back to winter time) → Monday
      'Tue 2026-10-27T08:00',
    ]);
    const pdsa = w.platform.deliveries.filter((d) => templateOf(d) === 'reminder-pdsa').map((d) => show(d.at));
    expect(pdsa).toEqual(['Tue 2026-04-07T08:00']);
  });
});
