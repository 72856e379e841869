import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulerWorld, type World } from './support/scheduler-world';
import { cardProblems, filled } from './support/validate-card';

const CPH = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toJSDate();
const show = (d: Date) => DateTime.fromJSDate(d, { zone: CPH }).toFormat("ccc yyyy-LL-dd'T'HH:mm");

let w: World;
afterEach(async () => w?.close());

describe('the playbook timeline of an action plan', () => {
  it('reminds the lead and the tovholder of the planning meeting, all-staff meeting and reading time before the case meeting, then the follow-ups', async () => {
    w = await schedulerWorld({ start: '2026-03-02T12:00:00+01:00' });
    await w.store.actionPlans.create(
      {
        teamId: w.teamA.id,
        title: 'Casemøde om ventetid',
        whatToChange: 'Hurtigere operation',
        planDate: '2026-04-21',
      },
      w.actor(),
    );
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'action_plan_followup' });
    const toBo = rows.filter((r) => r.recipient.kind === 'person' && r.recipient.personId === w.people.bo!.id);
    expect(toBo.map((r) => [(r.payload as { step: string }).step, show(r.dueAt)])).toEqual([
      ['-6w', 'Tue 2026-03-10T08:00'],
      ['-4w', 'Tue 2026-03-24T08:00'],
      ['-3d', 'Mon 2026-04-20T08:00'], // Saturday 18 April → the next working morning
      ['1w', 'Tue 2026-04-28T08:00'],
      ['8w', 'Tue 2026-06-16T08:00'],
      ['6m', 'Wed 2026-10-21T08:00'],
      ['1y', 'Wed 2027-04-21T08:00'],
    ]);
    expect(
      rows.filter((r) => r.recipient.kind === 'person' && r.recipient.personId === w.people.tove!.id),
    ).toHaveLength(7);
    w.time.set(local('2026-03-10T08:00'));
    await w.tick();
    const sent = w.platform.deliveries.filter((d) => d.message.card?.template === 'reminder-action-plan');
    expect(sent.map((d) => d.refId).sort()).toEqual([w.refs.bo!.id, w.refs.tove!.id].sort());
    expect(sent[0]!.message.text).toContain('planlægningsmøde');
    expect(cardProblems(sent[0]!.message.card!)).toEqual([]);
  });

  it('does not remind of meetings before a case meeting that had passed when the plan was entered', async () => {
    w = await schedulerWorld({ start: '2026-04-22T12:00:00+02:00' });
    await w.store.actionPlans.create(
      { teamId: w.teamA.id, title: 'Efter casemødet', whatToChange: 'x', planDate: '2026-04-21' },
      w.actor(),
    );
    await w.tick();
    const steps = (await w.store.reminders.list({ kind: 'action_plan_followup' })).map(
      (r) => (r.payload as { step: string }).step,
    );
    expect(steps.filter((s) => String(s).startsWith('-'))).toEqual([]);
    expect(new Set(steps)).toEqual(new Set(['1w', '8w', '6m', '1y']));
  });
});

describe('step owners', () => {
  it('reminds each owner two days before the deadline, once; a moved deadline moves it, a done step is not reminded', async () => {
    w = await schedulerWorld({ start: '2026-03-02T12:00:00+01:00' });
    const plan = await w.store.actionPlans.create(
      {
        teamId: w.teamA.id,
        title: 'Handleplan',
        whatToChange: 'x',
        planDate: '2026-03-02',
        steps: [
          { what: 'Ny vagtplan', ownerId: w.people.anne!.id, due: '2026-03-12' },
          { what: 'Tjekliste', ownerId: w.people.bo!.id, due: '2026-03-13' },
        ],
      },
      w.actor(),
    );
    await w.tick();
    const rows = await w.store.reminders.list({ kind: 'action_step_due' });
    expect(rows.map((r) => [r.recipient.kind === 'person' && r.recipient.personId, show(r.dueAt)]).sort()).toEqual(
      [
        [w.people.anne!.id, 'Tue 2026-03-10T08:00'],
        [w.people.bo!.id, 'Wed 2026-03-11T08:00'],
      ].sort(),
    );
    await w.store.actionPlans.updateStep(plan.steps[0]!.id, { due: '2026-03-19' }, w.actor());
    await w.store.actionPlans.updateStep(plan.steps[1]!.id, { status: 'done' }, w.actor());
    await w.tick();
    for (const at of ['2026-03-10T08:00', '2026-03-11T08:00', '2026-03-17T08:00', '2026-03-18T08:00']) {
      w.time.set(local(at));
      await w.tick();
    }
    const sent = w.platform.deliveries.filter((d) => d.message.text.includes('Dit trin'));
    expect(sent.map((d) => [d.refId, show(new Date(d.at))])).toEqual([[w.refs.anne!.id, 'Tue 2026-03-17T08:00']]);
    const card = sent[0]!.message.card!;
    expect(cardProblems(card)).toEqual([]);
    expect(sent[0]!.message.text).toContain('Ny vagtplan');
    const action = (filled(card).actions as Array<{ verb: string; data: Record<string, unknown> }>)[0]!;
    expect(action).toMatchObject({ verb: 'actionplan.step', data: { stepId: plan.steps[0]!.id } });
  });
});
