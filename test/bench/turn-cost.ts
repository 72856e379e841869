// Cost per turn of a bench server (test/support/local-server.ts runBenchServer): CPU of its Node process, CPU of
// the PostgreSQL backends serving its pool, and the statements it sent. On a machine shared with other work these
// are steadier signals than latency: they do not grow when another process takes the cores.
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { TEST_DATABASE_URL } from '../support/stores';

/** What a bench server reports when probed: its own CPU (µs), the statements it sent so far, and its COMMITs. */
export interface ServerProbe {
  cpuUs: number;
  statements: number;
  commits: number;
}

/** One reading of everything a turn costs, to subtract from a later one. */
export interface CostReading {
  servers: ServerProbe[];
  /** CPU (ms) of the PostgreSQL backends of each server's pool (by application_name), Linux /proc only. */
  pgMs: number;
  /** CPU (µs) of this process, the load generator. */
  loadUs: number;
}

/** Asks a bench child for its probe (the child answers `{ probe }`). */
export function probeChild(child: ChildProcess): Promise<ServerProbe> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      const probe = (m as { probe?: ServerProbe }).probe;
      if (!probe) return;
      child.off('message', onMessage);
      resolve(probe);
    };
    child.on('message', onMessage);
    child.send('probe');
  });
}

/** The clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS_PER_S = 100;

/** CPU (ms) used so far by the PostgreSQL backends whose application_name is one of `names`; 0 without /proc. */
export async function backendCpuMs(names: string[]): Promise<number> {
  if (names.length === 0) return 0;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = any($1)',
      [names],
    );
    let ticks = 0;
    for (const { pid } of rows) {
      try {
        // Fields after the command name "(…)": state is field 3; utime and stime are fields 14 and 15.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // The backend ended in between, or no /proc: it counts as nothing.
      }
    }
    return (ticks * 1000) / TICKS_PER_S;
  } finally {
    await client.end();
  }
}

/** Reads the cost counters of every child and of the PostgreSQL backends named `appNames`. */
export async function readCost(children: ChildProcess[], appNames: string[]): Promise<CostReading> {
  const servers = await Promise.all(children.map(probeChild));
  const cpu = process.cpuUsage();
  return { servers, pgMs: await backendCpuMs(appNames), loadUs: cpu.user + cpu.system };
}

/** Per-turn figures between two readings: Node CPU ms (all servers), PostgreSQL CPU ms, statements, load generator. */
export function costPerTurn(before: CostReading, after: CostReading, turns: number) {
  const sum = (r: CostReading, f: (p: ServerProbe) => number) => r.servers.reduce((s, p) => s + f(p), 0);
  return {
    nodeMs: (sum(after, (p) => p.cpuUs) - sum(before, (p) => p.cpuUs)) / 1000 / turns,
    pgMs: (after.pgMs - before.pgMs) / turns,
    statements: (sum(after, (p) => p.statements) - sum(before, (p) => p.statements)) / turns,
    loadMs: (after.loadUs - before.loadUs) / 1000 / turns,
  };
}
