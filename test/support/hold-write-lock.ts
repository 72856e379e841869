// Another process writing to a SQLite file (as a CLI import beside a running server does).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/**
 * Another process takes the write lock on `file` (BEGIN IMMEDIATE), writes the idempotency key `key`, and commits after
 * `holdMs`; resolves once it holds the lock, with a promise of its exit code.
 */
export function holdWriteLock(file: string, holdMs: number, key: string): Promise<Promise<number | null>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.env.FILE);
    db.pragma('busy_timeout = 5000');
    db.exec('begin immediate');
    db.prepare("insert into idempotency_keys (key, expires_at) values (?, '2099-01-01T00:00:00.000Z')").run(process.env.KEY);
    process.stdout.write('locked');
    setTimeout(() => { db.exec('commit'); db.close(); }, Number(process.env.HOLD_MS));`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: root,
    env: { ...process.env, FILE: file, HOLD_MS: String(holdMs), KEY: key },
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(exited));
    child.once('error', reject);
  });
}
