// `forbedringsbot export` as a program writing into a pipe: a slow reader gets every byte, and a reader that goes
// away early (EPIPE) makes the export fail with exit code 3 instead of a silent, cut file with exit code 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store';
import { ManualClock } from '../support/clock';
import { seedBenchTeams } from '../support/fault-app';

const root = join(__dirname, '../..');

/** Runs `export | node -e reader` in bash (one OS pipe between the two programs); the export's exit code and bytes read. */
function exportInto(dataDir: string, reader: string): Promise<{ code: number; bytes: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const script = `"$NODE" bin/forbedringsbot.js export --format json | "$NODE" -e "$READER"; echo "exit:\${PIPESTATUS[0]}" >&2`;
    const run = spawn('bash', ['-c', script], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE: process.execPath, READER: reader },
    });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    run.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    run.on('error', reject);
    run.on('close', () => {
      const code = Number(/exit:(\d+)/.exec(stderr)?.[1] ?? -1);
      resolve({ code, bytes: Number(stdout.trim()), stderr: stderr.replace(/exit:\d+\n?/, '') });
    });
  });
}

describe('export into a pipe', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-export-'));
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    const store = await createStore({ sqliteFile: join(dir, 'forbedringsbot.sqlite'), clock });
    await seedBenchTeams(store, clock, 0);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes everything to a slow reader and exits 0', async () => {
    const out = join(dir, 'full.json');
    const full = spawn(process.execPath, ['bin/forbedringsbot.js', 'export', '--format', 'json', '--out', out], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    });
    await new Promise((resolve) => full.on('close', resolve));
    const expected = readFileSync(out).length;
    expect(expected).toBeGreaterThan(2 * 65_536);
    // Reads 16 KiB at a time with a pause in between, far slower than the export writes.
    const slow = `let n=0;process.stdin.pause();const step=()=>{const c=process.stdin.read(16384);if(c)n+=c.length;setTimeout(step,c?2:10)};process.stdin.on('readable',()=>{});process.stdin.on('end',()=>{process.stdout.write(String(n));process.exit(0)});step();`;
    const r = await exportInto(dir, slow);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.bytes).toBe(expected);
  });

  it('fails with exit code 3 when the reader goes away early (EPIPE)', async () => {
    const early = `process.stdin.once('data',(c)=>{process.stdout.write(String(c.length));process.exit(0)});`;
    const r = await exportInto(dir, early);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('EPIPE');
  });
});
