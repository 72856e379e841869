import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shiftPeriod, type Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { SMALL_SETUP, cli, workDir } from './cli-harness';

// 20 weeks of OP24 for Hvidovre: 10 low, then 10 high (a shift), plus counts, values and a monthly measure.
function historicCsv(): string {
  const lines = ['team,measure,period,value,numerator,denominator,note'];
  for (let i = 0; i < 20; i++) {
    const week = shiftPeriod('2026-W02', i);
    const num = i < 10 ? 12 + (i % 3) : 19 + (i % 2);
    lines.push(`Hvidovre,OP24,${week},,${num},22,${i === 10 ? '"ny rutine; PDSA 1"' : ''}`);
    lines.push(`Køge,FALD,${week},${i % 4},,,`);
    lines.push(`Køge,VENT,${week},${(20 + i / 4).toFixed(2)},,,`);
  }
  lines.push('Hvidovre,MORT30,2026-02,,2,31,');
  return `${lines.join('\n')}\n`;
}

describe('forbedringsbot export', () => {
  let store: Store;
  const clock = new ManualClock('2026-06-01T09:00:00Z');
  let dir: string;
  const run = (s: Store, ...argv: string[]) => cli(argv, { store: s, clock, cwd: dir });

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
    dir = workDir({ 'setup.yaml': SMALL_SETUP, 'historic.csv': historicCsv() });
    expect((await run(store, 'setup', 'setup.yaml')).code).toBe(0);
    expect((await run(store, 'import', 'historic.csv')).code).toBe(0);
  });
  afterEach(() => store.close());

  it('writes long-format CSV that round-trips through import into an empty store', async () => {
    const first = await run(store, 'export');
    expect(first.code).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'collaborative,team,measure,measure_name,unit_kind,period,period_start,value,numerator,denominator,note',
    );
    expect(lines).toHaveLength(1 + 20 * 3 + 1);
    expect(lines).toContain(
      'LKT Test,Hvidovre,OP24,Opereret inden for 24 timer,proportion,2026-W12,2026-03-16,0.8636363636363636,19,22,ny rutine; PDSA 1',
    );
    expect(lines).toContain('LKT Test,Køge,VENT,Ventetid til operation,value,2026-W03,2026-01-12,20.25,,,');

    const other = await freshStore('sqlite', { clock });
    try {
      await run(other, 'setup', 'setup.yaml');
      writeFileSync(join(dir, 'exported.csv'), first.stdout);
      const imported = await run(other, 'import', 'exported.csv');
      expect(imported.stdout).toContain('Wrote 61 measurements (61 new, 0 changed)');
      expect((await run(other, 'export')).stdout).toBe(first.stdout);
    } finally {
      await other.close();
    }
  });

  it('writes CSV for Danish Excel (semicolons, decimal comma, BOM) that also round-trips', async () => {
    const r = await run(store, 'export', '--excel-da', '--out', 'da.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exported 61 measurements in 4 series to da.csv.');
    const text = readFileSync(join(dir, 'da.csv'), 'utf8');
    expect(text.startsWith('\uFEFFcollaborative;team;measure;')).toBe(true);
    expect(text).toContain('LKT Test;Køge;VENT;Ventetid til operation;value;2026-W03;2026-01-12;20,25;;;');
    const again = await run(store, 'import', 'da.csv', '--dry-run');
    expect(again.stdout).toContain('Valid: 61 (0 new, 0 changed, 61 unchanged). Invalid: 0.');
  });

  it('exports one measure or one team only', async () => {
    const byMeasure = await run(store, 'export', '--measure', 'op24');
    const rows = byMeasure.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(20);
    expect(rows.every((l) => l.includes(',Hvidovre,OP24,'))).toBe(true);
    const byTeam = await run(store, 'export', '--team', 'Køge', '--collaborative', 'LKT Test');
    expect(
      byTeam.stdout
        .trimEnd()
        .split('\n')
        .slice(1)
        .every((l) => l.includes(',Køge,')),
    ).toBe(true);
    const none = await run(store, 'export', '--team', 'Roskilde');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Nothing matches team "Roskilde".');
  });

  it('adds centre, limits and signals with --analysis', async () => {
    const r = await run(store, 'export', '--measure', 'OP24', '--analysis', '--chart', 'run');
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toBe(
      'collaborative,team,measure,measure_name,unit_kind,period,period_start,value,numerator,denominator,note,chart,part,cl,lcl,ucl,runs_signal,sigma_signal',
    );
    const cols = header!.split(',');
    const at = (row: string, name: string) => row.replace(/"[^"]*"/g, 'NOTE').split(',')[cols.indexOf(name)];
    // Ten points below and ten above the median: a run of 10 > round(log2(20) + 3) = 7 → a shift.
    expect(rows.every((row) => at(row, 'chart') === 'run' && at(row, 'runs_signal') === 'true')).toBe(true);
    expect(Number(at(rows[0]!, 'cl'))).toBeGreaterThan(14 / 22);
    expect(at(rows[0]!, 'lcl')).toBe('');

    const p = await run(store, 'export', '--measure', 'OP24', '--analysis');
    const first = p.stdout.trimEnd().split('\n')[1]!;
    expect(at(first, 'chart')).toBe('p');
    expect(Number(at(first, 'ucl'))).toBeGreaterThan(Number(at(first, 'cl')));
  });

  it('exports JSON with teams, measures and series, and analysis parts on request', async () => {
    const r = await run(store, 'export', '--format', 'json', '--analysis');
    const doc = JSON.parse(r.stdout);
    expect(doc.exportedAt).toBe('2026-06-01T09:00:00.000Z');
    const c = doc.collaboratives[0];
    expect(c.name).toBe('LKT Test');
    expect(c.teams.map((t: { name: string }) => t.name).sort()).toEqual(['Hvidovre', 'Køge']);
    const op24 = c.series.find((s: { measure: string }) => s.measure === 'OP24');
    expect(op24).toMatchObject({ team: 'Hvidovre', chart: 'p' });
    expect(op24.points).toHaveLength(20);
    expect(op24.points[0]).toMatchObject({ period: '2026-W02', numerator: 12, denominator: 22 });
    expect(typeof op24.points[0].cl).toBe('number');
    expect(op24.parts[0]).toMatchObject({ nObs: 20 });
  });

  it('refuses options it does not know with the usage (exit 2)', async () => {
    const r = await run(store, 'export', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be csv or json');
    const unknown = await run(store, 'export', '--colour');
    expect(unknown.code).toBe(2);
  });
});
