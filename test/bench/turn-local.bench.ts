// turn.local.{sqlite,postgres}.{p50,p99} (ms) and turn.local.sqlite.max_rps: the quick-text measurement turn
// (`måling OP24 18/22 2025-W10`) POSTed to /api/local/messages over HTTP, through the local channel, the
// conversation core and the store, answered with the rendered Adaptive Card.
//
// - The server runs in a child process (its own event loop, as in production); this process only sends.
//   SQLite is a file in the temp dir with the store's production settings (WAL, synchronous=FULL).
// - Open loop at 200 turns/s: request i is started at t0 + i × 5 ms whether or not earlier ones finished;
//   latency is measured from the scheduled start, so a stalled server is not hidden (no coordinated omission).
// - Every turn does a real write: turn i logs team (i mod TEAMS) for week ⌊i / TEAMS⌋ of the demo LKT's two
//   years, so no (team, week) pair repeats and no turn stops at the "replace the existing value?" question.
//   The bench teams start empty, so the series the core analyses after each write grows from 0 to ~100 points.
//   At the end the child counts the stored rows: a bench whose turns did not all write fails.
// - max_rps: closed loop with CONCURRENCY requests in flight on fresh teams; turns completed per second.
//   max_rps_commits: COMMITs (each an fsync) per turn in that loop; below 1 where turns share a group commit.
// - <name>.cost.*: what a measured turn costs, steadier than latency on a shared machine (turn-cost.ts): CPU ms of
//   the server process(es) and of their PostgreSQL backends (Linux /proc, by application_name), CPU ms of this load
//   generator, and statements sent (BEGIN/COMMIT included). BENCH_CPU_PROF=<dir> makes the servers write a V8 CPU
//   profile there; `npx tsx test/bench/profile-top.ts <file>` prints its top.
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { TEST_DATABASE_URL } from '../support/stores';
import { fileURLToPath } from 'node:url';
import { quantile, round, type Bench, type Figure } from './bench';
import { openLoop, startBenchChild, stopBenchChild } from './load';
import { costPerTurn, probeChild, readCost } from './turn-cost';

const RATE_PER_S = 200;
const WARMUP = 300;
const MEASURED = 2000;
const RPS_TURNS = 3000;
const CONCURRENCY = 16;
/** Past weeks of the demo LKT a bench team can log (its data run 104 weeks back from the clock). */
const WEEKS = 104;
const TEAMS_LATENCY = Math.ceil((WARMUP + MEASURED) / WEEKS);
const TEAMS_RPS = Math.ceil((WARMUP + RPS_TURNS) / WEEKS);
const CHILD_FLAG = 'TURN_LOCAL_BENCH_CHILD';

type Dialect = 'sqlite' | 'postgres';
interface Ready {
  url: string;
  users: string[];
  weeks: string[];
  /** PostgreSQL application_name of the server's pool (its backends' CPU is part of a turn's cost). */
  applicationName: string;
}

/**
 * `<name>.cost.{node,pg,loadgen}_cpu_ms` and `<name>.cost.statements`, per measured turn: CPU of the server
 * process(es), of their PostgreSQL backends (Linux /proc), of this load generator, and statements sent.
 */
function costFigures(name: string, cost: ReturnType<typeof costPerTurn>, dialect: Dialect): Figure[] {
  const out: Figure[] = [
    { name: `${name}.cost.node_cpu_ms`, value: round(cost.nodeMs), unit: 'ms/turn' },
    { name: `${name}.cost.loadgen_cpu_ms`, value: round(cost.loadMs), unit: 'ms/turn' },
    { name: `${name}.cost.statements`, value: round(cost.statements), unit: 'statements/turn' },
  ];
  if (dialect === 'postgres') out.push({ name: `${name}.cost.pg_cpu_ms`, value: round(cost.pgMs), unit: 'ms/turn' });
  return out;
}

function makeSender(ready: Ready) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const teams = ready.users.length;
  return (n: number): Promise<void> => {
    const body = JSON.stringify({
      user: ready.users[n % teams],
      text: `måling OP24 ${10 + (n % 9)}/22 ${ready.weeks[Math.floor(n / teams)]}`,
    });
    return new Promise((resolve, reject) => {
      const req = request(
        `${ready.url}/api/local/messages`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200 || !text.includes('"measurement.undo"'))
              reject(new Error(`turn ${n}: ${res.statusCode} ${text.slice(0, 300)}`));
            else resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}

async function latencyFigures(dialect: Dialect): Promise<Figure[]> {
  const { child, ready } = await startBenchChild<Ready>(fileURLToPath(import.meta.url), CHILD_FLAG, {
    dialect,
    teams: TEAMS_LATENCY,
  });
  let stored = -1;
  try {
    const send = makeSender(ready);
    await openLoop(RATE_PER_S, 0, WARMUP, send);
    const appNames = dialect === 'postgres' ? [ready.applicationName] : [];
    const before = await readCost([child], appNames);
    const latencies = await openLoop(RATE_PER_S, WARMUP, MEASURED, send);
    const cost = costPerTurn(before, await readCost([child], appNames), MEASURED);
    stored = await stopBenchChild(child);
    if (stored !== WARMUP + MEASURED) throw new Error(`expected ${WARMUP + MEASURED} stored turns, found ${stored}`);
    return [
      { name: `turn.local.${dialect}.p50`, value: round(quantile(latencies, 0.5)), unit: 'ms' },
      { name: `turn.local.${dialect}.p99`, value: round(quantile(latencies, 0.99)), unit: 'ms' },
      ...costFigures(`turn.local.${dialect}`, cost, dialect),
    ];
  } finally {
    if (stored < 0) child.kill();
  }
}

async function maxRps(): Promise<Figure[]> {
  const { child, ready } = await startBenchChild<Ready>(fileURLToPath(import.meta.url), CHILD_FLAG, {
    dialect: 'sqlite',
    teams: TEAMS_RPS,
  });
  let stored = -1;
  try {
    const send = makeSender(ready);
    await openLoop(RATE_PER_S, 0, WARMUP, send);
    let next = WARMUP;
    const before = await probeChild(child);
    const t0 = performance.now();
    const worker = async () => {
      while (next < WARMUP + RPS_TURNS) await send(next++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - t0) / 1000;
    const after = await probeChild(child);
    stored = await stopBenchChild(child);
    if (stored !== WARMUP + RPS_TURNS) throw new Error(`expected ${WARMUP + RPS_TURNS} stored turns, found ${stored}`);
    return [
      { name: 'turn.local.sqlite.max_rps', value: round(RPS_TURNS / seconds), unit: 'turns/s' },
      // COMMITs (fsyncs) per turn at full load: below 1 where group commit made turns share one.
      {
        name: 'turn.local.sqlite.max_rps_commits',
        value: round((after.commits - before.commits) / RPS_TURNS),
        unit: 'commits/turn',
      },
    ];
  } finally {
    if (stored < 0) child.kill();
  }
}

// turn.local.postgres2.p99: two server processes (instances) on one PostgreSQL schema, each at 200 turns/s open loop.
async function twoInstances(): Promise<Figure[]> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const started = await Promise.all(
    ['a', 'b'].map((prefix) =>
      startBenchChild<Ready>(fileURLToPath(import.meta.url), CHILD_FLAG, {
        dialect: 'postgres',
        teams: TEAMS_LATENCY,
        schema,
        prefix,
      }),
    ),
  );
  const stored: number[] = [];
  try {
    const senders = started.map(({ ready }) => makeSender(ready));
    const children = started.map(({ child }) => child);
    const appNames = started.map(({ ready }) => ready.applicationName);
    await Promise.all(senders.map((send) => openLoop(RATE_PER_S, 0, WARMUP, send)));
    const before = await readCost(children, appNames);
    const latencies = (await Promise.all(senders.map((send) => openLoop(RATE_PER_S, WARMUP, MEASURED, send)))).flat();
    const cost = costPerTurn(before, await readCost(children, appNames), MEASURED * started.length);
    for (const child of children) stored.push(await stopBenchChild(child));
    if (stored.some((n) => n !== WARMUP + MEASURED))
      throw new Error(`expected ${WARMUP + MEASURED} stored turns per instance, found ${stored}`);
    return [
      { name: 'turn.local.postgres2.p99', value: round(quantile(latencies, 0.99)), unit: 'ms' },
      ...costFigures('turn.local.postgres2', cost, 'postgres'),
    ];
  } finally {
    if (stored.length < started.length) for (const { child } of started) child.kill();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

const benches: Bench[] = [
  {
    group: 'turn.local.sqlite',
    names: [
      'turn.local.sqlite.p50',
      'turn.local.sqlite.p99',
      'turn.local.sqlite.max_rps',
      'turn.local.sqlite.max_rps_commits',
    ],
    async run({ prefix }) {
      const wants = (name: string) => name.startsWith(prefix) || prefix.startsWith(name);
      const out: Figure[] = [];
      if (wants('turn.local.sqlite.p50') || wants('turn.local.sqlite.p99'))
        out.push(...(await latencyFigures('sqlite')));
      if (wants('turn.local.sqlite.max_rps')) out.push(...(await maxRps()));
      return out;
    },
  },
  {
    group: 'turn.local.postgres',
    names: ['turn.local.postgres.p50', 'turn.local.postgres.p99'],
    // The runner matches 'turn.local.postgres2…' to this group too: leave it to the next one.
    run: async ({ prefix }) => (prefix.startsWith('turn.local.postgres2') ? [] : latencyFigures('postgres')),
  },
  { group: 'turn.local.postgres2', names: ['turn.local.postgres2.p99'], run: twoInstances },
];
export default benches;

if (process.env[CHILD_FLAG] && process.send) {
  const { runBenchServer } = await import('../support/local-server');
  const { dialect, teams, schema, prefix, shed } = JSON.parse(process.env[CHILD_FLAG]) as {
    dialect: Dialect;
    teams: number;
    schema?: string;
    prefix?: string;
    /** Behind the app's turn gate and event-loop pressure (turn-overload.bench.ts). */
    shed?: boolean;
  };
  await runBenchServer(dialect, teams, WEEKS, { schema, prefix, shed });
}
