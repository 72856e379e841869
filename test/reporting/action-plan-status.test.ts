import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createTranslator } from '../../src/i18n/translator';
import { teamActionPlanStatus } from '../../src/reporting/action-plan-status';
import { buildSponsorSummary } from '../../src/reporting/build-sponsor-summary';
import { actor, seed, T0, type Seeded } from '../store/seed';
import { textOf } from '../support/conversation-fixture';
import { DIALECTS, freshStore } from '../support/stores';

describe.each(DIALECTS)('action-plan status for reports on %s', (dialect) => {
  let store: Store;
  let s: Seeded;
  beforeAll(async () => {
    store = await freshStore(dialect);
    s = await seed(store);
    const lars = await store.persons.create({ displayName: 'Lars Overlæge' }, actor());
    const plan = await store.actionPlans.create(
      {
        teamId: s.team.id,
        title: 'Handleplan',
        whatToChange: 'Operation inden 24 timer',
        planDate: '2026-02-20',
        steps: [
          { what: 'Ny vagtplan', ownerId: lars.id, due: '2026-02-27' },
          { what: 'Tjekliste', ownerName: 'Fysioterapeut', due: '2026-03-20' },
          { what: 'Undervisning', due: '2026-02-25' },
        ],
      },
      actor(),
    );
    await store.actionPlans.updateStep(plan.steps[1]!.id, { sponsorHelp: 'Budget til tjeklister' }, actor());
    await store.actionPlans.updateStep(plan.steps[2]!.id, { status: 'done' }, actor());
  });
  afterAll(async () => {
    await store?.close();
  });

  it('counts open and overdue steps with their owners, and the sponsor requests', async () => {
    const status = await teamActionPlanStatus(store, s.team.id, '2026-03-02');
    expect(status).toMatchObject({ plans: 1, total: 3, done: 1, open: 2 });
    expect(status.overdue).toEqual([
      { planTitle: 'Handleplan', what: 'Ny vagtplan', owner: 'Lars Overlæge', due: '2026-02-27', sponsorHelp: null },
    ]);
    expect(status.sponsorRequests.map((r) => [r.what, r.owner, r.sponsorHelp])).toEqual([
      ['Tjekliste', 'Fysioterapeut', 'Budget til tjeklister'],
    ]);
    expect(await teamActionPlanStatus(store, s.otherTeam.id, '2026-03-02')).toMatchObject({
      plans: 0,
      open: 0,
      overdue: [],
    });
  });

  it('puts what the team asks of its sponsor and the overdue steps in the sponsor summary', async () => {
    const message = await buildSponsorSummary({
      store,
      teamId: s.team.id,
      now: T0,
      locale: 'da',
      t: createTranslator('da'),
      zone: 'Europe/Copenhagen',
      charts: null,
      weekday: 1,
      time: '08:00',
    });
    const text = textOf({ card: { summary: message!.text, ...message!.card! } });
    expect(text).toContain('Teamet beder om din hjælp');
    expect(text).toContain('Budget til tjeklister (trin: Tjekliste)');
    expect(text).toContain('2 åbne trin, 1 overskredne');
    expect(text).toContain('Overskredet: Ny vagtplan (Lars Overlæge, 27.02.2026)');
  });
});
