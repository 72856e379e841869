// turn.local.sqlite.overload_p99 (ms) and turn.local.sqlite.overload_busy_share: the local channel on SQLite with the
// app's turn gate and event-loop pressure (default TURN_MAX_LOOP_* limits), driven open loop at twice the rate it
// sustained in a closed loop just before. p99 of the turns it accepted (stored), from their scheduled start, and the
// share answered 503 + Retry-After. Without shedding, latency grows for as long as the overload lasts.
// The server is turn-local.bench.ts's child process (its own event loop); it must have stored exactly the accepted turns.
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { quantile, round, type Bench, type Figure } from './bench';
import { openLoop, startBenchChild, stopBenchChild } from './load';

const WEEKS = 104;
const WARMUP = 300;
const PROBE = 1000;
const CONCURRENCY = 16;
const OVERLOAD_SECONDS = 4;
const SERVER = fileURLToPath(new URL('./turn-local.bench.ts', import.meta.url));
const CHILD_FLAG = 'TURN_LOCAL_BENCH_CHILD';

interface Ready {
  url: string;
  users: string[];
  weeks: string[];
}

/** Sends turn n (a distinct team and week each); resolves to its HTTP status (200 stored, 503 refused). */
function makeSender(ready: Ready) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const teams = ready.users.length;
  return (n: number): Promise<number> => {
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
            const stored = res.statusCode === 200 && text.includes('"measurement.undo"');
            if (stored || (res.statusCode === 503 && res.headers['retry-after'])) resolve(res.statusCode!);
            else reject(new Error(`turn ${n}: ${res.statusCode} ${text.slice(0, 300)}`));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}

async function overload(): Promise<Figure[]> {
  // Enough teams that no (team, week) repeats over a probe and an overload at up to ~2,000 turns/s.
  const teams = Math.ceil((WARMUP + PROBE + 2 * 2000 * OVERLOAD_SECONDS) / WEEKS);
  const { child, ready } = await startBenchChild<Ready>(SERVER, CHILD_FLAG, { dialect: 'sqlite', teams, shed: true });
  let stored = -1;
  try {
    const send = makeSender(ready);
    const accepted = new Set<number>();
    const track = async (n: number) => {
      if ((await send(n)) === 200) accepted.add(n);
    };
    await openLoop(200, 0, WARMUP, track);
    let next = WARMUP;
    const t0 = performance.now();
    const worker = async () => {
      while (next < WARMUP + PROBE) await track(next++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const rate = Math.min(2000, Math.round((2 * PROBE) / ((performance.now() - t0) / 1000)));
    const first = WARMUP + PROBE;
    const count = rate * OVERLOAD_SECONDS;
    const latencies: number[] = [];
    let busy = 0;
    const interval = 1000 / rate;
    const start = performance.now() + 20;
    const inflight: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const scheduled = start + i * interval;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      inflight.push(
        send(first + i).then((status) => {
          if (status === 200) {
            accepted.add(first + i);
            latencies.push(performance.now() - scheduled);
          } else busy++;
        }),
      );
    }
    await Promise.all(inflight);
    stored = await stopBenchChild(child);
    if (stored !== accepted.size) throw new Error(`accepted ${accepted.size} turns, stored ${stored}`);
    return [
      { name: 'turn.local.sqlite.overload_p99', value: round(quantile(latencies, 0.99)), unit: 'ms' },
      { name: 'turn.local.sqlite.overload_busy_share', value: round(busy / count), unit: 'ratio' },
      { name: 'turn.local.sqlite.overload_rate', value: rate, unit: 'turns/s' },
    ];
  } finally {
    if (stored < 0) child.kill();
  }
}

const benches: Bench[] = [
  {
    group: 'turn.local.sqlite.overload',
    names: [
      'turn.local.sqlite.overload_p99',
      'turn.local.sqlite.overload_busy_share',
      'turn.local.sqlite.overload_rate',
    ],
    run: overload,
  },
];
export default benches;
