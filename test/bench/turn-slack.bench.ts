// turn.slack.p50 / turn.slack.p99 (ms): the quick-text measurement turn as a signed slash command
// (`/forbedring måling VENT 12 2026-W10`) POSTed to /slack/events, through our receiver (signature check),
// Bolt, the core and SQLite, until the core's reply has been POSTed to the command's response_url.
//
// - Measured until the reply reaches Slack, not until the ack: the ack is sent before any work (Slack's
//   3-second rule), so it only times the signature check; what a user waits for is the reply, which is
//   posted after the ack. Latency therefore = ack + turn + Block Kit rendering + the response_url POST.
// - This process plays Slack: it signs and sends the commands and runs the fake Web API that receives the
//   replies. The bot runs in a child process (its own event loop, as in production).
// - Open loop at 100 requests/s: request i starts at t0 + i × 10 ms whether or not earlier ones finished;
//   latency counts from the scheduled start (no coordinated omission).
// - Every turn stores a value: request i logs team (i mod TEAMS) for week ⌊i / TEAMS⌋, so no (team, week)
//   repeats; at the end the child counts the stored rows and a bench whose turns did not all store fails.
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api';
import { signSlackRequest } from '../support/slack-server';
import { quantile, round, type Bench, type Figure } from './bench';
import { openLoop, startBenchChild, stopBenchChild } from './load';

const RATE_PER_S = 100;
const WARMUP = 200;
const MEASURED = 2000;
const WEEKS = 100;
const TEAMS = Math.ceil((WARMUP + MEASURED) / WEEKS);
const CHILD_FLAG = 'TURN_SLACK_BENCH_CHILD';
/** A reply that never comes fails the bench instead of hanging it. */
const REPLY_TIMEOUT_MS = 15_000;

interface Ready {
  url: string;
  users: string[];
  weeks: string[];
}

/** Sends signed slash command n and resolves when its reply arrives at the fake API's response_url. */
function makeSender(ready: Ready, api: FakeSlackApi) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  return async (n: number): Promise<void> => {
    const key = `b${n}`;
    const body = new URLSearchParams({
      token: 'bench',
      team_id: 'T1',
      channel_id: `D${n % TEAMS}`,
      channel_name: 'directmessage',
      user_id: ready.users[n % TEAMS]!,
      user_name: 'bench',
      command: '/forbedring',
      text: `måling VENT ${10 + (n % 7)} ${ready.weeks[Math.floor(n / TEAMS)]!}`,
      response_url: api.responseUrl(key),
      trigger_id: `bench.${n}`,
      api_app_id: 'A1',
    }).toString();
    const replied = api.waitForCall((c) => c.method === 'response_url' && c.key === key);
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      ...signSlackRequest(body, Math.floor(Date.now() / 1000)),
    };
    await new Promise<void>((resolve, reject) => {
      const req = request(`${ready.url}/slack/events`, { method: 'POST', agent, headers }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`command ${n}: HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
    const reply = await Promise.race([
      replied,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`command ${n}: no reply within ${REPLY_TIMEOUT_MS} ms`)),
          REPLY_TIMEOUT_MS,
        ).unref(),
      ),
    ]);
    if (!JSON.stringify(reply.body.blocks ?? '').includes('measurement.undo')) {
      throw new Error(`command ${n}: reply without undo: ${String(reply.body.text).slice(0, 200)}`);
    }
  };
}

async function run(): Promise<Figure[]> {
  const api = await startFakeSlackApi();
  const { child, ready } = await startBenchChild<Ready>(fileURLToPath(import.meta.url), CHILD_FLAG, {
    apiUrl: api.apiUrl,
    teams: TEAMS,
    weeks: WEEKS,
  });
  let stored = -1;
  try {
    const send = makeSender(ready, api);
    await openLoop(RATE_PER_S, 0, WARMUP, send);
    const latencies = await openLoop(RATE_PER_S, WARMUP, MEASURED, send);
    stored = await stopBenchChild(child);
    if (stored !== WARMUP + MEASURED) throw new Error(`expected ${WARMUP + MEASURED} stored turns, found ${stored}`);
    return [
      { name: 'turn.slack.p50', value: round(quantile(latencies, 0.5)), unit: 'ms' },
      { name: 'turn.slack.p99', value: round(quantile(latencies, 0.99)), unit: 'ms' },
    ];
  } finally {
    if (stored < 0) child.kill();
    await api.close();
  }
}

const benches: Bench[] = [{ group: 'turn.slack', names: ['turn.slack.p50', 'turn.slack.p99'], run }];
export default benches;

if (process.env[CHILD_FLAG] && process.send) {
  const { runSlackBenchServer } = await import('../support/slack-server');
  const { apiUrl, teams, weeks } = JSON.parse(process.env[CHILD_FLAG]) as {
    apiUrl: string;
    teams: number;
    weeks: number;
  };
  await runSlackBenchServer(apiUrl, teams, weeks);
}
