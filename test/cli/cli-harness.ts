import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Store } from '../../src/domain';
import { runCli } from '../../src/cli/main';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable that keeps what is written. */
export function textSink(isTTY = false) {
  const sink = {
    text: '',
    isTTY,
    write(chunk: string) {
      sink.text += chunk;
      return true;
    },
  };
  return sink;
}

/** Runs the CLI in-process against a test store; relative paths resolve in `cwd`. */
export async function cli(argv: string[], deps: { store: Store; clock: Clock; cwd: string }): Promise<CliRun> {
  const stdout = textSink();
  const stderr = textSink();
  const code = await runCli(argv, { stdout, stderr, env: {}, store: deps.store, clock: deps.clock, cwd: deps.cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A new temporary directory with the given files written into it. */
export function workDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A small collaborative for import/export tests: two teams, four measures of different kinds. */
export const SMALL_SETUP = `
collaborative:
  name: LKT Test
  clinicalArea: Hoftenære frakturer
  startDate: 2026-01-05
  endDate: 2027-12-31
teams:
  - { name: Hvidovre, department: Ortopædkirurgi, region: hovedstaden }
  - { name: Køge, department: Ortopædkirurgi, region: sjaelland }
measures:
  - { code: OP24, name: Opereret inden for 24 timer, type: process, unitKind: proportion, unit: "%", direction: higher, goal: 85, period: week }
  - { code: FALD, name: Faldhændelser, type: balancing, unitKind: count, direction: lower, period: week }
  - { code: VENT, name: Ventetid til operation, type: process, unitKind: value, unit: timer, direction: lower, period: week }
  - { code: MORT30, name: Død inden for 30 dage, type: outcome, unitKind: proportion, direction: lower, period: month }
people:
  - { email: lead@hvidovre.example, name: Sofie Lund, roles: [{ role: lead, team: Hvidovre }] }
`;
