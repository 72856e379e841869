// turn.teams.p50 / turn.teams.p99 (ms): a quick-text measurement turn (`måling OP24 18/22 uge N`) POSTed to
// /api/messages as a Teams activity, through CloudAdapter, teams-ai, the core and SQLite, with the reply
// POSTed to the fake connector before the HTTP answer. Open loop: requests start every 10 ms (100 turns/s)
// whether or not earlier ones finished; latency is measured from the scheduled start (no coordinated omission).
// The load generator and the fake connector run in a worker thread — in production they are Teams, on other
// machines — so the bot's event loop has the main thread to itself.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Bench, Figure } from './bench';
import { quantile, round } from './bench';
import { openLoop } from './load';
import { startFakeTeamsConnector } from '../support/fake-teams-connector';
import { startTeamsServer } from '../support/teams-server';

const RATE_PER_S = 100;
const TEAMS = 20;
const WEEKS = 45; // uge 2 … uge 46 of 2026, all before the bench clock (week 48)
const WARMUP = 100;
const TENANT = '5f3b1c2e-8a4d-4e6f-9b7a-2c1d0e9f8a7b';
const ROLE = 'turn-teams-load';
// tsx's loader is not inherited by worker threads: register it there, then load this file.
const WORKER_BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(require('node:worker_threads').workerData.file); });`;

async function run(): Promise<Figure[]> {
  const server = await startTeamsServer();
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { role: ROLE, file: import.meta.url } });
  try {
    await seed(server);
    const result = new Promise<{ latencies: number[]; replies: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    worker.postMessage({ url: `${server.url}/api/messages` });
    const { latencies, replies } = await result;
    if (replies < TEAMS * WEEKS) throw new Error(`only ${replies} of ${TEAMS * WEEKS} turns sent a reply`);
    return [
      { name: 'turn.teams.p50', value: round(quantile(latencies, 0.5)), unit: 'ms' },
      { name: 'turn.teams.p99', value: round(quantile(latencies, 0.99)), unit: 'ms' },
    ];
  } finally {
    await worker.terminate();
    await server.close();
  }
}

/** One collaborative, the OP24 measure, and TEAMS teams with one member each (a Teams identity). */
async function seed(server: Awaited<ReturnType<typeof startTeamsServer>>): Promise<void> {
  const { store, clock } = server;
  const actor = { personId: null, at: clock.now() };
  const collaborative = await store.collaboratives.create(
    { name: 'Bench LKT', clinicalArea: 'Hoftefraktur', startDate: '2026-01-05' },
    actor,
  );
  await store.measures.create(
    {
      collaborativeId: collaborative.id,
      code: 'OP24',
      name: 'Operation inden for 24 timer',
      type: 'process',
      unitKind: 'proportion',
      direction: 'higher',
    },
    actor,
  );
  for (let i = 0; i < TEAMS; i++) {
    const team = await store.teams.create(
      { collaborativeId: collaborative.id, name: `Team ${i}`, department: 'Ortopædi', region: 'hovedstaden' },
      actor,
    );
    const person = await store.persons.create(
      { displayName: `Kliniker ${i}`, identities: [{ platform: 'teams', tenantId: TENANT, userId: aad(i) }] },
      actor,
    );
    await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
  }
}

/** Worker side: the fake connector plus the open-loop load generator. */
async function load(url: string): Promise<{ latencies: number[]; replies: number }> {
  const connector = await startFakeTeamsConnector();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const template = JSON.parse(
    readFileSync(new URL('../fixtures/teams/message-personal.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const post = (n: number) => {
    const member = n % TEAMS;
    const week = 2 + (Math.floor(n / TEAMS) % WEEKS);
    const body = JSON.stringify({
      ...template,
      id: `bench-${n}`,
      serviceUrl: connector.serviceUrl,
      text: `måling OP24 ${10 + (n % 9)}/22 uge ${week}`,
      from: { id: `29:bench-${member}`, name: `Kliniker ${member}`, aadObjectId: aad(member) },
      conversation: { conversationType: 'personal', tenantId: TENANT, id: `a:bench-${member}` },
    });
    return postJson(url, body, agent, n);
  };
  try {
    for (let n = 0; n < WARMUP; n++) await post(n); // JIT, SQLite statements, connections
    const latencies = await openLoop(RATE_PER_S, WARMUP, TEAMS * WEEKS - WARMUP, post);
    return { latencies, replies: connector.calls.length };
  } finally {
    agent.destroy();
    await connector.close();
  }
}

/** POSTs JSON with node:http and a keep-alive agent. */
function postJson(url: string, body: string, agent: Agent, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 200 ? resolve() : reject(new Error(`turn ${n}: HTTP ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

function aad(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  parentPort!.once('message', ({ url }: { url: string }) => {
    void load(url).then((result) => parentPort!.postMessage(result));
  });
}

const benches: Bench[] = [{ group: 'turn.teams', names: ['turn.teams.p50', 'turn.teams.p99'], run }];
export default benches;
