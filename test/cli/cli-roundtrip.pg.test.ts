import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';
import { SMALL_SETUP, cli, workDir } from './cli-harness';

// The CLI on PostgreSQL: the same commands the SQLite suites run, end to end in one file.
describe('forbedringsbot CLI on PostgreSQL', () => {
  let store: Store;
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  let dir: string;
  const run = (...argv: string[]) => cli(argv, { store, clock, cwd: dir });

  beforeEach(async () => {
    store = await freshStore('postgres', { clock });
    dir = workDir({
      'setup.yaml': SMALL_SETUP,
      'lkt.yaml': readFileSync(join(__dirname, '../../examples/lkt-hoftenaere-frakturer.yaml'), 'utf8'),
    });
  });
  afterEach(() => store.close());

  it('sets up idempotently and rolls an invalid file back whole', async () => {
    expect((await run('setup', 'lkt.yaml')).stdout).toContain('Done: 41 created');
    expect((await run('setup', 'lkt.yaml')).stdout).toContain('41 unchanged');
    writeFileSync(join(dir, 'refs.yaml'), SMALL_SETUP.replace('team: Hvidovre }]', 'team: Nowhere }]'));
    const bad = await run('setup', 'refs.yaml');
    expect(bad.code).toBe(1);
    expect(await store.collaboratives.findByName('LKT Test')).toBeNull();
  });

  it('imports Danish Excel CSV, exports it, and the export re-imports unchanged', async () => {
    await run('setup', 'setup.yaml');
    writeFileSync(
      join(dir, 'da.csv'),
      '\uFEFFhold;mål;periode;tæller;nævner;værdi\nHvidovre;OP24;uge 3 2026;18;22;\nKøge;VENT;2026-W04;;;3,5\n',
    );
    const imported = await run('import', 'da.csv');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Wrote 2 measurements');
    const exported = await run('export', '--out', 'out.csv');
    expect(exported.code).toBe(0);
    const again = await run('import', 'out.csv', '--dry-run');
    expect(again.stdout).toContain('Valid: 2 (0 new, 0 changed, 2 unchanged). Invalid: 0.');
  });

  it('anonymises a person on delete', async () => {
    await run('setup', 'setup.yaml');
    const r = await run('person', 'delete', 'lead@hvidovre.example', '--yes');
    expect(r.code).toBe(0);
    expect(await store.persons.findByEmail('lead@hvidovre.example')).toBeNull();
  });
});
