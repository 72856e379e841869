import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems, filled } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: CPH }).toFormat("ccc yyyy-LL-dd'T'HH:mm");
const ofTemplate = (w: World, template: string, refId?: string) =>
  w.platform.deliveries.filter((d) => d.message.card?.template === template && (!refId || d.refId === refId));

let w: World;
afterEach(async () => w?.close());

async function weeklyMeasure(w: World) {
  return w.store.measures.create(
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
}

describe('data reminders', () => {
  it('nudges members and leads (never sponsors) the morning after a week closes without a value, across the DST change', async () => {
    w = await schedulerWorld({ start: '2026-03-23T10:00:00+01:00' });
    const m = await weeklyMeasure(w);
    await w.tick();
    expect(w.platform.deliveries).toEqual([]);
    w.time.set(local('2026-03-30T08:00')); // Monday after the spring-forward night: 06:00 UTC
    await w.tick();
    const nudges = ofTemplate(w, 'reminder-data');
    expect(nudges.map((d) => d.refId).sort()).toEqual([w.refs.anne!.id, w.refs.bo!.id, w.refs.carl!.id].sort());
    expect(nudges.every((d) => new Date(d.at).toISOString() === '2026-03-30T06:00:00.000Z')).toBe(true);
    expect(ofTemplate(w, 'reminder-data', w.refs.sara!.id)).toEqual([]);
    const card = nudges[0]!.message.card!;
    expect(cardProblems(card)).toEqual([]);
    const action = (filled(card).actions as Array<{ verb: string; data: Record<string, unknown> }>)[0]!;
    expect(action).toMatchObject({
      verb: 'measurement.form',
      data: { measureId: m.id, periodKey: '2026-W13', verb: 'measurement.form' },
    });
    expect(nudges[0]!.message.text).toContain('uge 13');
  });

  it('sends a second nudge two working days later only while the value is still missing', async () => {
    w = await schedulerWorld({ start: '2026-03-23T10:00:00+01:00' });
    const m = await weeklyMeasure(w);
    w.time.set(local('2026-03-30T08:00'));
    await w.tick();
    await w.store.measurements.put(
      {
        measureId: m.id,
        teamId: w.teamA.id,
        periodKey: '2026-W13',
        periodStart: '2026-03-23',
        value: 0.8,
        numerator: 8,
        denominator: 10,
        note: null,
      },
      { personId: w.people.anne!.id, at: w.time.now() },
    );
    w.time.set(local('2026-03-31T08:00'));
    await w.tick();
    expect(ofTemplate(w, 'reminder-data')).toHaveLength(3);
    w.time.set(local('2026-04-01T08:00'));
    await w.tick();
    const second = ofTemplate(w, 'reminder-data').slice(3);
    expect(second.map((d) => [d.refId, show(d.at)])).toEqual([[w.refs.carl!.id, 'Wed 2026-04-01T08:00']]);
    expect(second[0]!.message.text).toMatch(/^Påmindelse: værdien/);
    const dropped = await w.store.reminders.list({ kind: 'data_due', status: 'dropped' });
    expect(dropped.map((r) => r.lastError)).toEqual(['value recorded', 'value recorded']);
  });

  it('moves the nudge past Easter', async () => {
    w = await schedulerWorld({ start: '2026-03-30T10:00:00+02:00' });
    await weeklyMeasure(w);
    await w.tick();
    w.time.set(local('2026-04-06T09:00'));
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'data_due' });
    expect([...new Set(rows.map((r) => show(r.dueAt.getTime())))].sort()).toEqual([
      'Thu 2026-04-09T08:00',
      'Tue 2026-04-07T08:00',
    ]);
    expect(ofTemplate(w, 'reminder-data')).toEqual([]);
  });
});

describe('PDSA phase reminders', () => {
  it("asks the owner on the phase's due morning with a button for the next step, and drops it once the cycle moved on", async () => {
    w = await schedulerWorld({ start: '2026-03-23T10:00:00+01:00' });
    const owner = w.people.anne!;
    const cycle = await w.store.pdsa.create(
      {
        teamId: w.teamA.id,
        title: 'Tjekliste ved modtagelse',
        ownerId: owner.id,
        plan: { objective: 'Færre forsinkede operationer' },
        dueDates: { plan: '2026-03-27', do: '2026-04-03' },
      },
      w.actor(),
    );
    const other = await w.store.pdsa.create(
      {
        teamId: w.teamA.id,
        title: 'Smertescore',
        ownerId: owner.id,
        plan: { objective: 'Bedre smertebehandling' },
        dueDates: { plan: '2026-03-27' },
      },
      w.actor(),
    );
    await w.tick();
    await w.store.pdsa.advance(other.id, { from: 'plan', to: 'do' }, w.actor());
    w.time.set(local('2026-03-27T08:00'));
    await w.tick();
    const sent = ofTemplate(w, 'reminder-pdsa');
    expect(sent.map((d) => [d.refId, show(d.at)])).toEqual([[w.refs.anne!.id, 'Fri 2026-03-27T08:00']]);
    expect(cardProblems(sent[0]!.message.card!)).toEqual([]);
    // Plan ends when the test starts: the reminder asks for that, with a button that opens the cycle.
    expect(sent[0]!.message.text).toBe(
      'Afprøvningen skulle starte senest 27.03.2026. Når den er i gang, så tryk "Start afprøvningen" på cyklussen – eller skift fristen.',
    );
    const action = (
      filled(sent[0]!.message.card!).actions as Array<{ verb: string; data: Record<string, unknown> }>
    )[0]!;
    expect(action).toMatchObject({ verb: 'pdsa.open', data: { cycleId: cycle.id, verb: 'pdsa.open' } });
    expect((await w.store.reminders.list({ kind: 'pdsa_due', status: 'dropped' })).map((r) => r.lastError)).toEqual([
      'cycle has moved on',
    ]);

    // Do is due on Langfredag (a public holiday): the reminder moves past Easter Monday.
    await w.store.pdsa.advance(cycle.id, { from: 'plan', to: 'do' }, w.actor());
    w.time.set(local('2026-03-27T10:00'));
    w.time.advance(16 * 60_000);
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'pdsa_due', status: 'pending' });
    expect(rows.map((r) => show(r.dueAt.getTime()))).toEqual(['Tue 2026-04-07T08:00']);
  });
});

describe('action plan follow-ups', () => {
  it('plans 1 week, 8 weeks, 6 months and 1 year after the plan date, to the team lead and the tovholder', async () => {
    w = await schedulerWorld({ start: '2026-03-24T12:00:00+01:00' });
    await w.store.actionPlans.create(
      {
        teamId: w.teamA.id,
        title: 'Handleplan efter casemøde',
        whatToChange: 'Hurtigere operation',
        successCriterion: '90 % inden 24 timer',
        planDate: '2026-03-24',
      },
      w.actor(),
    );
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'action_plan_followup' });
    const byPerson = (id: string) =>
      rows
        .filter((r) => r.recipient.kind === 'person' && r.recipient.personId === id)
        .map((r) => show(r.dueAt.getTime()));
    const expected = ['Tue 2026-03-31T08:00', 'Tue 2026-05-19T08:00', 'Thu 2026-09-24T08:00', 'Wed 2027-03-24T08:00'];
    expect(byPerson(w.people.bo!.id)).toEqual(expected);
    expect(byPerson(w.people.tove!.id)).toEqual(expected);
    w.time.set(local('2026-03-31T08:00'));
    await w.tick();
    const sent = ofTemplate(w, 'reminder-action-plan');
    expect(sent.map((d) => d.refId).sort()).toEqual([w.refs.bo!.id, w.refs.tove!.id].sort());
    expect(cardProblems(sent[0]!.message.card!)).toEqual([]);
    expect(sent[0]!.message.text).toContain('Der er gået en uge');
  });
});
