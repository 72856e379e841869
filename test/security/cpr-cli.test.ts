import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';
import { snapshot } from '../store/store-snapshot';
import { SMALL_SETUP, cli, workDir } from '../cli/cli-harness';
import { CPR_SHAPES, dumpHasCpr } from './cpr-shapes';

// The operator's entrances: every CPR shape in every column of a CSV and an .xlsx import (value cells
// included, and the spreadsheet number that lost its leading zero), and in a setup file. Each row or file is
// refused without repeating the number, nothing reaches the store, and the export holds none.

describe.each(DIALECTS)('CPR numbers in CLI files (%s)', (dialect) => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  afterEach(async () => store?.close());

  async function setUp() {
    store = await freshStore(dialect, { clock });
    const dir = workDir({ 'setup.yaml': SMALL_SETUP });
    const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });
    expect((await run('setup', 'setup.yaml')).code).toBe(0);
    return { dir, run };
  }

  it('refuses every shape in every CSV column, imports the clean rows only, and exports no CPR', async () => {
    const { dir, run } = await setUp();
    const rows = ['Team;Measure;Period;Value;Note;Extra', 'Køge;VENT;uge 3 2026;3,5;ren;'];
    CPR_SHAPES.forEach((cpr, i) => {
      const cells = ['Køge', 'VENT', `uge ${4 + (i % 20)} 2026`, '4', '', ''];
      cells[[3, 4, 5, 0][i % 4]!] = cpr; // the value cell, the note, an extra column, the team name
      rows.push(cells.join(';'));
    });
    writeFileSync(join(dir, 'data.csv'), `${rows.join('\r\n')}\r\n`);
    const r = await run('import', 'data.csv', '--skip-invalid');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote 1 measurements');
    const reasons = r.stderr.split('\n').filter((l) => l.startsWith('data.csv:'));
    expect(reasons).toHaveLength(CPR_SHAPES.length);
    for (const line of reasons) expect(line).toMatch(/a cell looks like it contains a CPR number/);
    expect(dumpHasCpr(r.stdout + r.stderr)).toBe(false);
    const exported = await run('export');
    expect(exported.stdout).toContain('3.5');
    expect(dumpHasCpr(exported.stdout)).toBe(false);
    expect(dumpHasCpr(JSON.stringify(await snapshot(store)))).toBe(false);
  });

  it('refuses CPR numbers in .xlsx value cells, as text and as numbers without the leading zero', async () => {
    const { dir, run } = await setUp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Team', 'Measure', 'Period', 'Value', 'Note']);
    ws.addRow(['Køge', 'VENT', 'uge 3 2026', 2405831234, null]);
    ws.addRow(['Køge', 'VENT', 'uge 4 2026', 101901234, null]); // 010190-1234 as Excel stores it
    ws.addRow(['Køge', 'VENT', 'uge 5 2026', '24.05.83-1234', null]);
    ws.addRow(['Køge', 'VENT', 'uge 6 2026', 4, '24 05 83 1234']);
    ws.addRow(['Køge', 'VENT', 'uge 7 2026', 35451234, 'telefon 3545 1234 er ikke et CPR-nummer']);
    await wb.xlsx.writeFile(join(dir, 'data.xlsx'));
    const r = await run('import', 'data.xlsx', '--skip-invalid');
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('CPR number'))).toHaveLength(4);
    expect(dumpHasCpr(r.stdout + r.stderr)).toBe(false);
    expect(dumpHasCpr(JSON.stringify(await snapshot(store)))).toBe(false);
    expect((await run('export')).stdout).toContain('35451234');
  });

  it('refuses a setup file with a CPR number in any value or key, naming the line but not the number', async () => {
    const { dir, run } = await setUp();
    for (const [i, cpr] of CPR_SHAPES.entries()) {
      const file = `bad-${i}.yaml`;
      const person =
        i % 2
          ? `  - { email: a${i}@x.example, name: "Anna ${cpr}", roles: [] }`
          : `  - { email: a${i}@x.example, name: Anna, "${cpr}": x, roles: [] }`;
      writeFileSync(join(dir, file), `${SMALL_SETUP.replace(/people:\n.*\n/, `people:\n${person}\n`)}`);
      const r = await run('setup', file);
      expect(r.code, file).toBe(1);
      expect(r.stderr).toContain('CPR number');
      expect(dumpHasCpr(r.stdout + r.stderr)).toBe(false);
    }
    expect(dumpHasCpr(JSON.stringify(await snapshot(store)))).toBe(false);
  });
});
