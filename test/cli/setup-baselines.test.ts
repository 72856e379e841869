import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type Store } from '../../src/domain';
import { snapshot } from '../store/store-snapshot';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { cli, workDir } from './cli-harness';

const example = readFileSync(join(__dirname, '../../examples/lkt-hoftenaere-frakturer.yaml'), 'utf8');

const baselines = (freeze = '2026-W12', parts = '[2026-W20]') => `
baselines:
  - team: Hvidovre
    measure: OP24
    freeze: ${freeze}
    parts: ${parts}
    why: Ny arbejdsgang fra uge 20
`;

describe('forbedringsbot setup and export with baselines', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  const run = (file: string) => cli(['setup', 'lkt.yaml'], { store, clock, cwd: workDir({ 'lkt.yaml': file }) });

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
  });
  afterEach(() => store.close());

  const ids = async () => {
    const c = (await store.collaboratives.findByName('LKT Hoftenære frakturer'))!;
    const team = (await store.teams.listByCollaborative(c.id)).find((t) => t.name === 'Hvidovre')!;
    const measure = (await store.measures.findByCode(c.id, 'OP24'))!;
    return { team, measure };
  };

  it('imports the freeze and parts once; running the file again changes nothing', async () => {
    const r = await run(example + baselines());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\+ created\s+baseline\s+Hvidovre: OP24 freeze 2026-W12/);
    expect(r.stdout).toMatch(/\+ created\s+baseline\s+Hvidovre: OP24 part 2026-W20/);
    const { team, measure } = await ids();
    const events = await store.baselines.active(team.id, measure.id);
    expect(events.map((e) => [e.kind, e.periodKey, e.why, e.createdBy])).toEqual([
      ['freeze', '2026-W12', 'Ny arbejdsgang fra uge 20', null],
      ['part', '2026-W20', 'Ny arbejdsgang fra uge 20', null],
    ]);
    const before = await snapshot(store);
    const again = await run(example + baselines());
    expect(again.stdout).toMatch(/= unchanged\s+baseline\s+Hvidovre: OP24 part 2026-W20/);
    const after = await snapshot(store);
    expect(after.baseline_events).toEqual(before.baseline_events);
  });

  it('rejects an unknown team or measure and a period of the wrong kind, writing nothing', async () => {
    expect((await run(example)).code).toBe(0);
    const before = await snapshot(store);
    const bad = `${example}
baselines:
  - { team: Nowhere, measure: OP24, freeze: 2026-W12 }
  - { team: Hvidovre, measure: NOPE, freeze: 2026-W12 }
  - { team: Hvidovre, measure: OP24, parts: [2026-05] }
  - { team: Hvidovre, measure: OP24 }
`;
    const r = await run(bad);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('baselines[3].freeze: a baseline needs `freeze` or `parts`');
    const fixed = bad.replace('  - { team: Hvidovre, measure: OP24 }\n', '');
    const r2 = await run(fixed);
    expect(r2.stderr).toContain('baselines[0].team: unknown team "Nowhere"');
    expect(r2.stderr).toContain('baselines[1].measure: unknown measure "NOPE" for Hvidovre');
    expect(r2.stderr).toContain('baselines[2].parts[0]: 2026-05 is not a week (the period of OP24)');
    expect(await snapshot(store)).toEqual(before);
  });

  it('exports the events as CSV (Danish Excel too) and per series in JSON, and analyses with them', async () => {
    expect((await run(example + baselines('2026-W12', '[]'))).code).toBe(0);
    const { team, measure } = await ids();
    const actor = { personId: null, at: clock.now() };
    await store.measurements.putMany(
      Array.from({ length: 20 }, (_, i) => {
        const periodKey = shiftPeriod('2026-W02', i);
        return {
          measureId: measure.id,
          teamId: team.id,
          periodKey,
          periodStart: periodBounds(periodKey)!.start,
          value: (i < 10 ? 10 : 18) / 20,
          numerator: i < 10 ? 10 : 18,
          denominator: 20,
          note: null,
        };
      }),
      actor,
    );
    const anna = await store.persons.create({ displayName: 'Anna Holm', email: 'anna@example.dk' }, actor);
    await store.baselines.add(
      { teamId: team.id, measureId: measure.id, kind: 'part', periodKey: '2026-W12', why: 'Efter PDSA; "fast track"' },
      { personId: anna.id, at: new Date('2026-03-20T10:00:00Z') },
    );
    await store.baselines.undoLatest(team.id, measure.id, { personId: anna.id, at: new Date('2026-03-21T10:00:00Z') });

    const csv = await cli(['export', '--baselines', '--measure', 'OP24'], { store, clock, cwd: workDir({}) });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.trim().split('\n')).toEqual([
      'collaborative,team,measure,kind,period,who,why,date,undone_at,undone_by',
      'LKT Hoftenære frakturer,Hvidovre,OP24,freeze,2026-W12,,Ny arbejdsgang fra uge 20,2026-03-01T09:00:00.000Z,,',
      'LKT Hoftenære frakturer,Hvidovre,OP24,part,2026-W12,Anna Holm,"Efter PDSA; ""fast track""",2026-03-20T10:00:00.000Z,2026-03-21T10:00:00.000Z,Anna Holm',
    ]);
    const excel = await cli(['export', '--baselines', '--excel-da'], { store, clock, cwd: workDir({}) });
    expect(
      excel.stdout.startsWith('\uFEFFcollaborative;team;measure;kind;period;who;why;date;undone_at;undone_by'),
    ).toBe(true);

    const json = await cli(['export', '--format', 'json', '--analysis', '--chart', 'run', '--measure', 'OP24'], {
      store,
      clock,
      cwd: workDir({}),
    });
    const doc = JSON.parse(json.stdout);
    const [series] = doc.collaboratives[0].series;
    expect(series.baselines).toEqual([
      expect.objectContaining({ kind: 'freeze', period: '2026-W12', who: null, undoneAt: null }),
      expect.objectContaining({ kind: 'part', who: 'Anna Holm', undoneBy: 'Anna Holm' }),
    ]);
    // The active freeze at week 12 (the 11th value): the median of the ten low values and one high one.
    expect(series.points[0].cl).toBe(0.5);
    expect(series.parts).toHaveLength(1);
  });
});
