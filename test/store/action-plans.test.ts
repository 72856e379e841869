import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionStepProgress, type Store } from '../../src/domain';
import { databaseOf } from '../../src/store/create-store';
import { migrations } from '../../src/store/migrations';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0 } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

describe.each(DIALECTS)('action-plan steps on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  async function planWithSteps() {
    const s = await seed(store);
    const plan = await store.actionPlans.create(
      {
        teamId: s.team.id,
        title: 'Handleplan',
        whatToChange: 'Tidlig mobilisering',
        steps: [
          { what: 'Ny vagtplan', ownerId: s.person.id, due: '2026-03-10' },
          { what: 'Tjekliste', ownerName: 'Fysioterapeut', due: '2026-04-01' },
          { what: 'Undervisning' },
        ],
        planDate: '2026-03-05',
      },
      actor(s.person.id),
    );
    return { s, plan };
  }

  it('stores steps in order with owner, deadline and open status', async () => {
    const { s, plan } = await planWithSteps();
    expect(plan.steps.map((x) => [x.position, x.what, x.ownerId, x.ownerName, x.due, x.status])).toEqual([
      [0, 'Ny vagtplan', s.person.id, null, '2026-03-10', 'open'],
      [1, 'Tjekliste', null, 'Fysioterapeut', '2026-04-01', 'open'],
      [2, 'Undervisning', null, null, null, 'open'],
    ]);
    expect(await store.actionPlans.findStep(plan.steps[1]!.id)).toEqual({ plan, step: plan.steps[1] });
    expect(await store.actionPlans.findStep('missing')).toBeNull();
  });

  it('marks a step done, moves it, comments on it and records a sponsor request, each audited', async () => {
    const { s, plan } = await planWithSteps();
    const id = plan.steps[0]!.id;
    const later = new Date(T0.getTime() + 60_000);
    await store.actionPlans.updateStep(id, { due: '2026-03-17' }, actor(s.person.id));
    await store.actionPlans.updateStep(id, { comment: 'Venter på HR' }, actor(s.person.id, later));
    await store.actionPlans.updateStep(id, { sponsorHelp: 'Godkendelse af ekstra vagt' }, actor(s.person.id));
    const done = await store.actionPlans.updateStep(id, { status: 'done' }, actor(s.person.id, later));
    expect(done).toMatchObject({
      status: 'done',
      doneAt: later,
      due: '2026-03-17',
      sponsorHelp: 'Godkendelse af ekstra vagt',
      comments: [{ personId: s.person.id, at: later, text: 'Venter på HR' }],
    });
    expect((await store.actionPlans.get(plan.id))!.steps[0]).toEqual(done);
    const audit = await store.audit.list({ entity: 'action_plan_step', entityId: id });
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({ action: 'update', oldValue: { status: 'open' }, newValue: { status: 'done' } });
  });

  it('refuses an unknown step, an unknown owner, a bad deadline and an empty comment, changing nothing', async () => {
    const { s, plan } = await planWithSteps();
    const id = plan.steps[0]!.id;
    await expectRejectedUnchanged(
      store,
      () => store.actionPlans.updateStep('missing', { status: 'done' }, actor()),
      'NOT_FOUND',
    );
    await expectRejectedUnchanged(
      store,
      () => store.actionPlans.updateStep(id, { due: '17-03-2026' }, actor()),
      'VALIDATION_FAILED',
      { field: 'due' },
    );
    await expectRejectedUnchanged(
      store,
      () => store.actionPlans.updateStep(id, { comment: '  ' }, actor()),
      'VALIDATION_FAILED',
      { field: 'comment' },
    );
    await expectRejectedUnchanged(
      store,
      () =>
        store.actionPlans.create(
          {
            teamId: s.team.id,
            title: 'T',
            whatToChange: 'W',
            steps: [{ what: 'x', ownerId: 'nobody' }],
            planDate: '2026-03-01',
          },
          actor(),
        ),
      'UNKNOWN_PERSON',
    );
  });

  it('counts open, overdue and sponsor-requested steps of a team as of a day', async () => {
    const { plan } = await planWithSteps();
    await store.actionPlans.updateStep(plan.steps[1]!.id, { sponsorHelp: 'Budget' }, actor());
    await store.actionPlans.updateStep(plan.steps[2]!.id, { status: 'done' }, actor());
    const progress = actionStepProgress(await store.actionPlans.listForTeam(plan.teamId), '2026-03-20');
    expect(progress.total).toBe(3);
    expect(progress.done).toBe(1);
    expect(progress.open.map((x) => x.step.what)).toEqual(['Ny vagtplan', 'Tjekliste']);
    expect(progress.overdue.map((x) => x.step.what)).toEqual(['Ny vagtplan']);
    expect(progress.sponsorRequests.map((x) => x.step.sponsorHelp)).toEqual(['Budget']);
  });
});

describe('migration 009', () => {
  it('moves steps kept as JSON on a plan into step rows', async () => {
    const store = await freshStore('sqlite');
    const s = await seed(store);
    const plan = await store.actionPlans.create(
      { teamId: s.team.id, title: 'Gammel', whatToChange: 'W', planDate: '2026-03-05' },
      actor(),
    );
    const db = databaseOf(store)!;
    await migrations['010-action-plan-steps']!.down!(db);
    const legacy = [
      { who: 'Fysioterapeut', what: 'Mobilisering dag 1', when: 'uge 12' },
      { who: 'Anna', what: 'Tjekliste', when: '2026-04-01' },
    ];
    await db
      .updateTable('action_plans')
      .set({ steps_json: JSON.stringify(legacy) })
      .where('id', '=', plan.id)
      .execute();
    await migrations['010-action-plan-steps']!.up(db);
    const moved = (await store.actionPlans.get(plan.id))!.steps;
    expect(moved.map((x) => [x.ownerName, x.what, x.due, x.status])).toEqual([
      ['Fysioterapeut', 'Mobilisering dag 1', null, 'open'],
      ['Anna', 'Tjekliste', '2026-04-01', 'open'],
    ]);
    const row = await db
      .selectFrom('action_plans')
      .select('steps_json')
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    expect(row.steps_json).toBe('[]');
    await store.close();
  });
});
