import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Measure, Store, Team } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { SMALL_SETUP, cli, workDir } from './cli-harness';

describe('forbedringsbot import', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  let dir: string;
  let team: Record<string, Team>;
  let measure: Record<string, Measure>;
  const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });
  const series = (m: string, t: string) => store.measurements.series(measure[m]!.id, team[t]!.id);

  beforeEach(async () => {
    store = await freshStore('sqlite', { clock });
    dir = workDir({ 'setup.yaml': SMALL_SETUP });
    expect((await run('setup', 'setup.yaml')).code).toBe(0);
    const c = (await store.collaboratives.findByName('LKT Test'))!;
    team = Object.fromEntries((await store.teams.listByCollaborative(c.id)).map((t) => [t.name, t]));
    measure = Object.fromEntries((await store.measures.listByCollaborative(c.id)).map((m) => [m.code, m]));
  });
  afterEach(() => store.close());

  const danishExcel =
    '\uFEFFHold;Mål;Periode;Tæller;Nævner;Værdi;Bemærkning\r\n' +
    'Hvidovre;OP24;uge 3 2026;18;22;;\r\n' +
    'Hvidovre;OP24;19-01-2026;20;24;;ny visitationsrutine\r\n' + // a date: the week containing it (W04)
    'Hvidovre;OP24;2026-W05;21;23;;\r\n' +
    'Køge;VENT;26.01.2026;;;3,5;\r\n' +
    'Køge;FALD;u6 2026;;;2;\r\n' +
    'Hvidovre;MORT30;jan 2026;3;40;;\r\n' +
    ';;;;;;\r\n';

  it('imports a Danish Excel CSV (BOM, semicolons, decimal comma, Danish headers and periods)', async () => {
    writeFileSync(join(dir, 'data.csv'), danishExcel);
    const r = await run('import', 'data.csv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 6 rows from data.csv (semicolon-separated, decimal comma).');
    expect(r.stdout).toContain('Valid: 6 (6 new, 0 changed, 0 unchanged). Invalid: 0.');
    expect(r.stdout).toContain('Wrote 6 measurements (6 new, 0 changed)');
    const op24 = await series('OP24', 'Hvidovre');
    expect(op24.map((m) => [m.periodKey, m.numerator, m.denominator, m.note])).toEqual([
      ['2026-W03', 18, 22, null],
      ['2026-W04', 20, 24, 'ny visitationsrutine'],
      ['2026-W05', 21, 23, null],
    ]);
    expect(op24[0]!.value).toBeCloseTo(18 / 22, 12);
    expect((await series('VENT', 'Køge')).map((m) => [m.periodKey, m.value])).toEqual([['2026-W05', 3.5]]);
    expect((await series('FALD', 'Køge')).map((m) => [m.periodKey, m.value])).toEqual([['2026-W06', 2]]);
    expect((await series('MORT30', 'Hvidovre')).map((m) => [m.periodKey, m.periodStart])).toEqual([
      ['2026-01', '2026-01-01'],
    ]);
  });

  it('reads a Windows-1252 file as Danish Excel writes it', async () => {
    writeFileSync(join(dir, 'ansi.csv'), Buffer.from(danishExcel.replace('\uFEFF', ''), 'latin1'));
    const r = await run('import', 'ansi.csv');
    expect(r.code).toBe(0);
    expect(await series('VENT', 'Køge')).toHaveLength(1);
  });

  it('imports an ISO CSV (commas, decimal point, English headers, ISO weeks and dates)', async () => {
    writeFileSync(
      join(dir, 'iso.csv'),
      'team,measure,period,value,numerator,denominator,note\n' +
        'Hvidovre,OP24,2026-W03,,18,22,\n' +
        'Hvidovre,OP24,2026-01-19,,20,24,"first test, small scale"\n' +
        'Køge,VENT,2026-W05,3.5,,,\n' +
        'Køge,FALD,2026W06,2,,,\n',
    );
    const r = await run('import', 'iso.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(comma-separated, decimal point)');
    expect((await series('OP24', 'Hvidovre')).map((m) => [m.periodKey, m.note])).toEqual([
      ['2026-W03', null],
      ['2026-W04', 'first test, small scale'],
    ]);
    expect((await series('VENT', 'Køge'))[0]!.value).toBe(3.5);
  });

  it('on --dry-run reports new, changed and unchanged rows and writes nothing', async () => {
    writeFileSync(join(dir, 'data.csv'), danishExcel);
    await run('import', 'data.csv');
    const audit = (await store.audit.list({ limit: 10_000 })).length;
    writeFileSync(
      join(dir, 'data.csv'),
      `${danishExcel.replace('uge 3 2026;18;22', 'uge 3 2026;19;22')}Køge;FALD;u7 2026;;;0;\r\n`,
    );
    const r = await run('import', 'data.csv', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Valid: 7 (1 new, 1 changed, 5 unchanged). Invalid: 0.');
    expect(r.stdout).toContain('line 2: Hvidovre OP24 2026-W03: 18/22 → 19/22');
    expect(r.stdout).toContain('Dry run: nothing was written. Would write 2 measurements.');
    expect((await series('OP24', 'Hvidovre'))[0]!.numerator).toBe(18);
    expect(await series('FALD', 'Køge')).toHaveLength(1);
    expect(await store.audit.list({ limit: 10_000 })).toHaveLength(audit);
  });

  it('lists every invalid row with its line and reason and writes nothing', async () => {
    const rows = [
      'team;measure;period;numerator;denominator;value;note',
      'Hvidovre;OP24;2026-W03;18;22;;', // 2 valid
      'Roskilde;OP24;2026-W03;1;2;;', // 3
      'Hvidovre;XYZ;2026-W03;;;1;', // 4
      'Hvidovre;OP24;2026-W04;23;22;;', // 5
      'Hvidovre;OP24;2026-W20;1;2;;', // 6 not started yet (clock: 1 March 2026)
      'Hvidovre;OP24;2025-W40;1;2;;', // 7 before the collaborative
      'Køge;FALD;2026-W03;;;to;', // 8
      'Køge;FALD;2026-W04;;;1;patient 010180-1234 faldt', // 9
      'Hvidovre;OP24;2026-W03;17;22;;', // 10 duplicate of line 2
      'Hvidovre;OP24;2026-W06;;;0,8;', // 11 proportion needs numerator/denominator
      'Hvidovre;MORT30;2026-W03;1;20;;', // 12 a week for a monthly measure
      'Køge;FALD;32-01-2026;;;1;', // 13
      'Køge;FALD;2026-W05;;;1,5;', // 14 a count must be whole
    ];
    writeFileSync(join(dir, 'bad.csv'), rows.join('\n'));
    const r = await run('import', 'bad.csv');
    expect(r.code).toBe(1);
    const expected = [
      'bad.csv:3: unknown team "Roskilde"',
      'bad.csv:4: unknown measure "XYZ" in this collaborative',
      'bad.csv:5: The numerator (23) cannot be larger than the denominator (22).',
      'bad.csv:6: The period 2026-W20 has not started yet.',
      'bad.csv:7: The period 2025-W40 is outside the collaborative (2026-01-05 – 2027-12-31).',
      'bad.csv:8: value "to" is not a number',
      'bad.csv:9: a cell looks like it contains a CPR number; such rows are never imported',
      'bad.csv:10: same team, measure and period as line 2',
      'bad.csv:11: OP24 needs numerator/denominator, e.g. 18/22.',
      'bad.csv:12: period 2026-W03 is a week, but the measure is reported per month',
      'bad.csv:13: period "32-01-2026" is not a date, ISO week or month',
      'bad.csv:14: FALD counts events: the value must be a whole number',
    ];
    expect(r.stderr.split('\n').filter((l) => l.startsWith('bad.csv:'))).toEqual(expected);
    expect(r.stderr).toContain('Nothing was written: 12 invalid rows.');
    expect(r.stderr + r.stdout).not.toContain('010180');
    expect(await series('OP24', 'Hvidovre')).toEqual([]);

    const skip = await run('import', 'bad.csv', '--skip-invalid');
    expect(skip.code).toBe(0);
    expect(skip.stdout).toContain('Wrote 1 measurements');
    expect((await series('OP24', 'Hvidovre')).map((m) => m.numerator)).toEqual([18]);
  });

  it('imports an .xlsx workbook with numbers, dates, text and formulas', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Team', 'Measure', 'Period', 'Numerator', 'Denominator', 'Value', 'Note']);
    ws.addRow(['Hvidovre', 'OP24', new Date(Date.UTC(2026, 0, 12)), 18, 22, null, null]);
    ws.addRow(['Hvidovre', 'OP24', '2026-W04', 20, { formula: '20+4', result: 24 }, null, 'formel']);
    ws.addRow(['Køge', 'VENT', 'uge 5 2026', null, null, 3.25, null]);
    ws.addRow(['Køge', 'VENT', 'uge 6 2026', null, null, '4,5', null]);
    await wb.xlsx.writeFile(join(dir, 'data.xlsx'));
    const r = await run('import', 'data.xlsx');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 4 rows from data.xlsx (worksheet "Data").');
    expect((await series('OP24', 'Hvidovre')).map((m) => [m.periodKey, m.numerator, m.denominator, m.note])).toEqual([
      ['2026-W03', 18, 22, null],
      ['2026-W04', 20, 24, 'formel'],
    ]);
    expect((await series('VENT', 'Køge')).map((m) => m.value)).toEqual([3.25, 4.5]);
  });

  it('names the missing columns when the header does not fit', async () => {
    writeFileSync(join(dir, 'h.csv'), 'hold;periode;værdi\nHvidovre;2026-W03;1\n');
    const r = await run('import', 'h.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing column "measure"');
  });

  it('is idempotent: importing the same file twice stores each value once', async () => {
    writeFileSync(join(dir, 'data.csv'), danishExcel);
    await run('import', 'data.csv');
    const r = await run('import', 'data.csv');
    expect(r.stdout).toContain('Wrote 0 measurements (0 new, 0 changed); 6 unchanged rows left as they were.');
    expect(await series('OP24', 'Hvidovre')).toHaveLength(3);
  });

  it('finds teams only in the collaborative given with --collaborative', async () => {
    writeFileSync(join(dir, 'data.csv'), danishExcel);
    const r = await run('import', 'data.csv', '--collaborative', 'Anden LKT');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No collaborative named "Anden LKT". Known: "LKT Test".');
  });
});
