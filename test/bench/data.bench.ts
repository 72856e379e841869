// Data tools: importing a 100,000-row historic CSV into a fresh SQLite file through the CLI, in-process.
// (overview.png_30x104 is measured in charts.bench.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { shiftPeriod } from '../../src/domain';
import { createStore } from '../../src/store/create-store';
import { round, type Bench } from './bench';

const TEAMS = 100;
const MEASURES = 10;
const WEEKS = 100; // 100 teams × 10 measures × 100 weeks = 100,000 rows

function setupYaml(): string {
  const teams = Array.from(
    { length: TEAMS },
    (_, i) => `  - { name: Team ${i + 1}, department: Afdeling ${i + 1}, region: hovedstaden }`,
  );
  const measures = Array.from(
    { length: MEASURES },
    (_, i) =>
      `  - { code: M${i + 1}, name: Mål ${i + 1}, type: process, unitKind: proportion, direction: higher, period: week }`,
  );
  return [
    'collaborative:',
    '  name: Bench LKT',
    '  clinicalArea: Hofte',
    '  startDate: 2024-01-01',
    '  endDate: 2026-12-31',
    'teams:',
    ...teams,
    'measures:',
    ...measures,
  ].join('\n');
}

// Danish Excel style: semicolons, Danish headers; numerator/denominator per row.
function csv(): string {
  const weeks = Array.from({ length: WEEKS }, (_, w) => shiftPeriod('2024-W01', w));
  const lines = ['hold;mål;periode;tæller;nævner;bemærkning'];
  let s = 7;
  for (let t = 1; t <= TEAMS; t++)
    for (let m = 1; m <= MEASURES; m++)
      for (const week of weeks) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const den = 20 + (s % 10);
        lines.push(`Team ${t};M${m};${week};${Math.floor(den * 0.7) + (s % 5)};${den};`);
      }
  return `${lines.join('\n')}\n`;
}

const sink = { write: () => true };

const benches: Bench[] = [
  {
    group: 'import',
    names: ['import.csv_100k.sqlite'],
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-bench-'));
      try {
        writeFileSync(join(dir, 'setup.yaml'), setupYaml());
        writeFileSync(join(dir, 'data.csv'), csv());
        const clock = { now: () => new Date('2026-06-01T09:00:00Z') };
        const store = await createStore({ sqliteFile: join(dir, 'bench.sqlite'), clock });
        try {
          const io = { stdout: sink, stderr: sink, env: {}, store, clock, cwd: dir };
          if ((await runCli(['setup', 'setup.yaml'], io)) !== 0) throw new Error('bench setup failed');
          const t0 = performance.now();
          const code = await runCli(['import', 'data.csv'], io);
          const ms = performance.now() - t0;
          if (code !== 0) throw new Error(`bench import failed with exit code ${code}`);
          return [{ name: 'import.csv_100k.sqlite', value: round(ms), unit: 'ms' }];
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];

export default benches;
