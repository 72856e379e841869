// Store benchmarks: bulk insert of 100,000 measurements (one putMany call) and reading one measure's
// 104-point series from a store that holds them, on SQLite (a WAL file, synchronous=FULL) and PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeasurementWrite, Store } from '../../src/domain';
import { periodBounds, shiftPeriod } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { freshStore } from '../support/stores';
import { medianMs, round, type Bench, type Figure } from './bench';

const ROWS = 100_000;
const WEEKS = 104;
const TEAMS = 40;
const actor = { personId: null, at: new Date('2026-03-02T09:00:00Z') };

/** Collaborative, teams and measures enough for ROWS measurements in 104-week series. */
async function seedStructure(store: Store) {
  const c = await store.collaboratives.create(
    { name: 'Bench LKT', clinicalArea: 'Hofte', startDate: '2024-01-01', endDate: '2027-12-31' },
    actor,
  );
  const series = Math.ceil(ROWS / WEEKS);
  const teams = [];
  for (let t = 0; t < TEAMS; t++)
    teams.push(
      await store.teams.create(
        { collaborativeId: c.id, name: `Team ${t}`, department: 'Afd.', region: 'hovedstaden' },
        actor,
      ),
    );
  const measures = [];
  for (let m = 0; m < Math.ceil(series / TEAMS); m++)
    measures.push(
      await store.measures.create(
        {
          collaborativeId: c.id,
          code: `M${m}`,
          name: `Indikator ${m}`,
          type: 'process',
          unitKind: 'proportion',
          direction: 'higher',
        },
        actor,
      ),
    );
  return { teams, measures };
}

function rowsFor(teams: Array<{ id: string }>, measures: Array<{ id: string }>): MeasurementWrite[] {
  const weeks = [] as Array<{ periodKey: string; periodStart: string }>;
  for (let w = 0, k = '2024-W01'; w < WEEKS; w++, k = shiftPeriod(k, 1))
    weeks.push({ periodKey: k, periodStart: periodBounds(k)!.start });
  const rows: MeasurementWrite[] = [];
  outer: for (const m of measures)
    for (const t of teams)
      for (const w of weeks) {
        if (rows.length === ROWS) break outer;
        const denominator = 20 + (rows.length % 7);
        const numerator = rows.length % denominator;
        rows.push({
          measureId: m.id,
          teamId: t.id,
          ...w,
          value: numerator / denominator,
          numerator,
          denominator,
          note: null,
        });
      }
  return rows;
}

async function measure(dialect: 'sqlite' | 'postgres', prefix: string): Promise<Figure[]> {
  const names = [`store.insert_100k.${dialect}`, `store.series_104.${dialect}`];
  if (!names.some((n) => n.startsWith(prefix))) return [];
  const dir = dialect === 'sqlite' ? mkdtempSync(join(tmpdir(), 'forbedringsbot-bench-')) : null;
  const store = dir ? await createStore({ sqliteFile: join(dir, 'bench.db') }) : await freshStore('postgres');
  try {
    const { teams, measures } = await seedStructure(store);
    const rows = rowsFor(teams, measures);
    const t0 = performance.now();
    const written = await store.measurements.putMany(rows, actor);
    const insertMs = performance.now() - t0;
    if (written !== ROWS) throw new Error(`putMany wrote ${written} rows, expected ${ROWS}`);
    const series = await store.measurements.series(measures[0]!.id, teams[0]!.id);
    if (series.length !== WEEKS) throw new Error(`series has ${series.length} points, expected ${WEEKS}`);
    const readMs = await medianMs(() => store.measurements.series(measures[0]!.id, teams[0]!.id), 200, 20);
    return [
      { name: names[0]!, value: round(insertMs), unit: 'ms' },
      { name: names[1]!, value: readMs, unit: 'ms' },
    ];
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Bench = {
  group: 'store',
  names: [
    'store.insert_100k.sqlite',
    'store.insert_100k.postgres',
    'store.series_104.sqlite',
    'store.series_104.postgres',
  ],
  async run({ prefix }) {
    return [...(await measure('sqlite', prefix)), ...(await measure('postgres', prefix))];
  },
};

export default [bench];
