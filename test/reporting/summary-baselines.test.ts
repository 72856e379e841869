import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import { buildSponsorSummary } from '../../src/reporting/build-sponsor-summary';
import { loadOverviewRows } from '../../src/reporting/overview-data';
import { schedulerWorld, type World } from '../scheduler/support/scheduler-world';

const CPH = 'Europe/Copenhagen';
const NOW = DateTime.fromISO('2026-12-07T08:00', { zone: CPH }).toJSDate();

let w: World;
afterEach(async () => w?.close());

/** OP24 with 8 weeks at 50 % then 8 weeks at 90 %: a shift on one chart, two flat periods once split at the change. */
async function steppedMeasure(w: World) {
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
  const first = '2026-W33';
  for (let i = 0; i < 16; i++) {
    const periodKey = shiftPeriod(first, i);
    const numerator = i < 8 ? 10 : 18;
    await w.store.measurements.put(
      {
        measureId: m.id,
        teamId: w.teamA.id,
        periodKey,
        periodStart: periodBounds(periodKey)!.start,
        value: numerator / 20,
        numerator,
        denominator: 20,
        note: null,
      },
      w.actor(),
    );
  }
  return { measure: m, change: shiftPeriod(first, 8) };
}

const summaryStatus = async () => {
  const message = await buildSponsorSummary({
    store: w.store,
    teamId: w.teamA.id,
    now: NOW,
    locale: 'da',
    t: createTranslator('da'),
    zone: CPH,
    charts: null,
    weekday: 1,
    time: '08:00',
  });
  const [row] = (message!.card!.data as { measures: Array<{ status: string }> }).measures;
  return row!.status;
};

describe("a team's baseline events in the sponsor summary and the overview", () => {
  it('reads the chart as the team split it: the shift before the split is no longer a signal', async () => {
    w = await schedulerWorld({ start: '2026-12-07T08:00:00+01:00' });
    const { measure, change } = await steppedMeasure(w);
    const options = {
      now: NOW,
      timeZone: CPH,
      collaborative: { startDate: w.collaborative.startDate, endDate: w.collaborative.endDate },
    };
    const overviewSignal = async () =>
      (await loadOverviewRows(w.store, measure, [w.teamA], options)).find((r) => r.team.id === w.teamA.id)!.signal;

    expect(await summaryStatus()).toContain('Særlig variation – forbedring');
    expect(await overviewSignal()).toBe('shift');

    await w.store.baselines.add(
      { teamId: w.teamA.id, measureId: measure.id, kind: 'part', periodKey: change, why: 'Ny procedure' },
      w.actor(),
    );
    expect(await summaryStatus()).toContain('Almindelig variation');
    expect(await overviewSignal()).toBeNull();
  });
});
