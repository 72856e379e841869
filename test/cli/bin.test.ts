import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('bin/forbedringsbot.js', () => {
  it('runs as a program and prints the command list on --help', () => {
    const r = spawnSync(process.execPath, ['bin/forbedringsbot.js', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: forbedringsbot <command> [options]');
    for (const command of ['setup', 'import', 'export', 'person'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('exits 2 on an unknown command', () => {
    const r = spawnSync(process.execPath, ['bin/forbedringsbot.js', 'frobnicate'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate".');
  });
});
