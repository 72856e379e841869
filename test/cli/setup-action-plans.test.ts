import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { snapshot } from '../store/store-snapshot';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { cli, workDir } from './cli-harness';

const example = readFileSync(join(__dirname, '../../examples/lkt-hoftenaere-frakturer.yaml'), 'utf8');

const plans = (owner = 'sofie.lund@regionh.example', due = '2026-05-01') => `
actionPlans:
  - team: Hvidovre
    title: Handleplan efter casemødet
    whatToChange: Operation inden for 24 timer
    successCriterion: 90 % opereret inden 24 timer
    testMethod: Afprøves på ét afsnit
    reportBack: Status til tovholderen i uge 20
    caseMeeting: 2026-04-14
    steps:
      - { what: Ny vagtplan for anæstesi, owner: ${owner}, due: ${due} }
      - { what: Tjekliste i skadestuen }
`;

describe('forbedringsbot setup with action plans', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  const run = (file: string) => cli(['setup', 'lkt.yaml'], { store, clock, cwd: workDir({ 'lkt.yaml': file }) });

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
  });
  afterEach(() => store.close());

  it('creates a team’s action plan with steps owned by team members, once', async () => {
    const r = await run(example + plans());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('action plan   Hvidovre: Handleplan efter casemødet');
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    const team = (await store.teams.listByCollaborative(c.id)).find((t) => t.name === 'Hvidovre')!;
    const [plan] = await store.actionPlans.listForTeam(team.id);
    const owner = (await store.persons.findByEmail('sofie.lund@regionh.example'))!;
    expect(plan).toMatchObject({
      planDate: '2026-04-14',
      successCriterion: '90 % opereret inden 24 timer',
      reportBack: 'Status til tovholderen i uge 20',
    });
    expect(plan!.steps.map((s) => [s.what, s.ownerId, s.due])).toEqual([
      ['Ny vagtplan for anæstesi', owner.id, '2026-05-01'],
      ['Tjekliste i skadestuen', null, null],
    ]);
    const again = await run(example + plans());
    expect(again.stdout).toMatch(/= unchanged\s+action plan\s+Hvidovre: Handleplan efter casemødet/);
    expect(await store.actionPlans.listForTeam(team.id)).toHaveLength(1);
  });

  it('exports the plans with their steps and status, and the progress scores, in the JSON export', async () => {
    expect((await run(example + plans())).code).toBe(0);
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    const team = (await store.teams.listByCollaborative(c.id)).find((t) => t.name === 'Hvidovre')!;
    const [plan] = await store.actionPlans.listForTeam(team.id);
    await store.actionPlans.updateStep(plan!.steps[0]!.id, { status: 'done' }, { personId: null, at: clock.now() });
    await store.progress.put(
      { teamId: team.id, month: '2026-02', score: 1.5, reason: 'Planlægning i gang' },
      { personId: null, at: clock.now() },
    );
    const r = await cli(['export', '--format', 'json'], { store, clock, cwd: workDir({}) });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const hvidovre = doc.collaboratives[0].teams.find((t: { name: string }) => t.name === 'Hvidovre');
    expect(hvidovre.progressScores).toEqual([{ month: '2026-02', score: 1.5, reason: 'Planlægning i gang' }]);
    expect(hvidovre.actionPlans).toEqual([
      expect.objectContaining({
        title: 'Handleplan efter casemødet',
        caseMeeting: '2026-04-14',
        steps: [
          expect.objectContaining({
            what: 'Ny vagtplan for anæstesi',
            owner: 'Sofie Lund',
            due: '2026-05-01',
            status: 'done',
            doneAt: clock.now().toISOString(),
          }),
          expect.objectContaining({ what: 'Tjekliste i skadestuen', owner: null, status: 'open' }),
        ],
      }),
    ]);
  });

  it('rejects an owner outside the team and a date outside the collaborative, writing nothing', async () => {
    const before = await snapshot(store);
    const r = await run(example + plans('anders.holm@regionh.example', '2029-01-01'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('actionPlans[0].steps[0].owner');
    expect(r.stderr).toContain('anders.holm@regionh.example is not a member or lead of Hvidovre');
    expect(r.stderr).toContain('2029-01-01 is outside the collaborative');
    expect(await snapshot(store)).toEqual(before);
  });
});
