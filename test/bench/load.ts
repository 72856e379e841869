// Shared pieces of the turn benchmarks: an open-loop load generator and a bench server in a child process.
import { fork, type ChildProcess } from 'node:child_process';

/**
 * Starts request i at t0 + i / rate seconds whether or not earlier ones finished (open loop), and returns each
 * latency in ms measured from its scheduled start, so a stalled server is not hidden (no coordinated omission).
 * `send` gets `first + i`.
 */
export async function openLoop(
  ratePerSecond: number,
  first: number,
  count: number,
  send: (n: number) => Promise<void>,
): Promise<number[]> {
  const interval = 1000 / ratePerSecond;
  const t0 = performance.now() + 20;
  const latencies: number[] = [];
  const inflight: Promise<void>[] = [];
  // A failed turn must not reject while the loop is still sending (an unhandled rejection ends the process and
  // orphans the bench servers): the first failure is kept and thrown once every request has settled.
  let failure: { error: unknown } | null = null;
  for (let i = 0; i < count; i++) {
    const scheduled = t0 + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inflight.push(
      send(first + i).then(
        () => void latencies.push(performance.now() - scheduled),
        (error: unknown) => {
          failure ??= { error };
        },
      ),
    );
  }
  await Promise.all(inflight);
  if (failure) throw (failure as { error: unknown }).error;
  return latencies;
}

/**
 * Forks `modulePath` under tsx with `flag`=JSON(options) in its environment, so the bench server gets its own event
 * loop, as in production. The child posts its ready message first; resolves to the child and that message.
 */
export async function startBenchChild<T>(
  modulePath: string,
  flag: string,
  options: unknown,
): Promise<{ child: ChildProcess; ready: T }> {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it exits (read it with profile-top.ts).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(modulePath, [], {
    execArgv: ['--import', 'tsx', ...profile],
    env: { ...process.env, [flag]: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Should this process end without stopping the child (a failed bench), the child must not live on.
  process.once('exit', () => child.kill());
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ready };
}

/** Asks the bench child to stop; resolves to the number of turns it says it stored, after it exited. */
export async function stopBenchChild(child: ChildProcess): Promise<number> {
  const stored = new Promise<number>((resolve) =>
    child.once('message', (m) => resolve((m as { stored: number }).stored)),
  );
  child.send('stop');
  const n = await stored;
  await new Promise((resolve) => child.once('exit', resolve));
  return n;
}
