import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { periodBounds } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import { buildSponsorSummary } from '../../src/reporting/build-sponsor-summary';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const ofTemplate = (w: World, template: string, refId?: string) =>
  w.platform.deliveries.filter((d) => d.message.card?.template === template && (!refId || d.refId === refId));

let w: World;
afterEach(async () => w?.close());

/** OP24 created on Monday 14 December 2026 (the start of week 51), with a value for week 51 only. */
async function decemberMeasure(w: World) {
  const m = await w.store.measures.create(
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
  await w.store.measurements.put(
    {
      measureId: m.id,
      teamId: w.teamA.id,
      periodKey: '2026-W51',
      periodStart: periodBounds('2026-W51')!.start,
      value: 0.8,
      numerator: 16,
      denominator: 20,
      note: null,
    },
    { personId: w.people.anne!.id, at: local('2026-12-18T10:00') },
  );
  return m;
}

describe('weeks of another year carry it in reminder and summary texts', () => {
  it('nudges about "uge 53 2026" in January 2027, and never about a week before the measure existed', async () => {
    w = await schedulerWorld({ start: '2026-12-14T09:00:00+01:00' });
    await decemberMeasure(w);
    await w.tick();
    // Week 50 closed without a value, but the measure only exists from week 51: no nudge.
    expect(ofTemplate(w, 'reminder-data')).toEqual([]);
    // Monday 4 January 2027 is in ISO week 1 of 2027; the week just closed is week 53 of 2026.
    w.time.set(local('2027-01-04T08:00'));
    await w.tick();
    const [nudge] = ofTemplate(w, 'reminder-data', w.refs.anne!.id);
    expect(cardProblems(nudge!.message.card!)).toEqual([]);
    expect(nudge!.message.text).toContain('uge 53 2026');
    expect(JSON.stringify(nudge!.message.card!.data)).toContain('"uge 53 2026"');
  });

  it("names the weeks of 2026 with their year in a sponsor's January summary, the current week without", async () => {
    w = await schedulerWorld({ start: '2026-12-14T09:00:00+01:00' });
    await decemberMeasure(w);
    await w.tick();
    w.time.set(local('2027-01-04T08:00'));
    await w.tick();
    const summary = ofTemplate(w, 'sponsor-summary', w.refs.sara!.id).at(-1)!;
    expect(cardProblems(summary.message.card!)).toEqual([]);
    const data = summary.message.card!.data as Record<string, unknown>;
    // Sara reads English. Missing: weeks 52 and 53 of 2026, counted from the measure's start (week 51).
    expect(data.missing).toEqual([{ text: 'Operation inden 24 timer: week 52 2026, week 53 2026' }]);
    const [op] = data.measures as Array<Record<string, unknown>>;
    expect(op!.latest).toBe('80% (week 51 2026)');
    expect(summary.message.text).toBe('Weekly summary for Ortopædkirurgi OUH, week 1.');
  });

  it('gives the ISO week its year when it is not the calendar year (Friday 1 January 2027 is in week 53 2026)', async () => {
    w = await schedulerWorld({ start: '2026-12-14T09:00:00+01:00' });
    await decemberMeasure(w);
    const build = (iso: string) =>
      buildSponsorSummary({
        store: w.store,
        teamId: w.teamA.id,
        now: local(iso),
        locale: 'da',
        t: createTranslator('da'),
        zone: CPH,
        charts: null,
        weekday: 5,
        time: '08:00',
      });
    expect((await build('2027-01-01T08:00'))!.text).toBe('Ugeopsummering for Ortopædkirurgi OUH, uge 53 2026.');
    expect((await build('2026-12-31T08:00'))!.text).toBe('Ugeopsummering for Ortopædkirurgi OUH, uge 53.');
  });
});
