import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimiterOptions } from '../../src/scheduler/rate-limiter';
import { SimulatedTime } from './support/simulated-time';

const T0 = '2026-11-18T09:00:00Z';

async function fanOut(
  conversations: number,
  perConversation: number,
  limits: Omit<RateLimiterOptions, 'clock' | 'sleep'>,
) {
  const time = new SimulatedTime(T0);
  const limiter = createRateLimiter({ clock: time, sleep: time.sleep, ...limits });
  const sent: Array<{ key: string; at: number }> = [];
  const start = time.now().getTime();
  const jobs: Promise<void>[] = [];
  for (let m = 0; m < perConversation; m++) {
    for (let c = 0; c < conversations; c++) {
      const key = `conv-${c}`;
      jobs.push(limiter.run(key, async () => void sent.push({ key, at: time.now().getTime() - start })));
    }
  }
  await time.drive(Promise.all(jobs));
  return sent;
}

function maxInWindow(times: number[], windowMs: number): number {
  const s = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < s.length; i++) {
    while (s[i]! - s[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('rate limiter', () => {
  it('paces each conversation at its rate while many conversations proceed in parallel', async () => {
    const sent = await fanOut(20, 3, {
      perKey: { ratePerSec: 1, burst: 1 },
      overall: { ratePerSec: 1000, burst: 1000 },
    });
    expect(sent).toHaveLength(60);
    for (let c = 0; c < 20; c++) {
      const times = sent.filter((s) => s.key === `conv-${c}`).map((s) => s.at);
      expect(times).toEqual([0, 1000, 2000]);
    }
  });

  it('keeps the overall rate and loses no time: 200 messages at 50/s take 4 s', async () => {
    const sent = await fanOut(50, 4, { perKey: { ratePerSec: 1, burst: 1 }, overall: { ratePerSec: 50, burst: 1 } });
    const times = sent.map((s) => s.at);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(50);
    expect(Math.max(...times)).toBe(199 * 20);
    for (let c = 0; c < 50; c++) {
      const own = sent.filter((s) => s.key === `conv-${c}`).map((s) => s.at);
      for (let i = 1; i < own.length; i++) expect(own[i]! - own[i - 1]!).toBeGreaterThanOrEqual(1000);
    }
  });

  it('serves conversations round robin so one busy conversation does not hold up the others', async () => {
    const time = new SimulatedTime(T0);
    const limiter = createRateLimiter({
      clock: time,
      sleep: time.sleep,
      perKey: { ratePerSec: 1, burst: 1 },
      overall: { ratePerSec: 10, burst: 1 },
    });
    const order: string[] = [];
    const jobs = [
      ...Array.from({ length: 5 }, () => limiter.run('busy', async () => void order.push('busy'))),
      ...['a', 'b', 'c'].map((k) => limiter.run(k, async () => void order.push(k))),
    ];
    await time.drive(Promise.all(jobs));
    expect(order.slice(0, 4)).toEqual(['busy', 'a', 'b', 'c']);
  });

  it('allows a burst per conversation, then the sustained rate', async () => {
    const sent = await fanOut(1, 5, { perKey: { ratePerSec: 1, burst: 3 }, overall: { ratePerSec: 100, burst: 100 } });
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it('limits requests in flight and passes task errors to the caller', async () => {
    const time = new SimulatedTime(T0);
    const limiter = createRateLimiter({
      clock: time,
      sleep: time.sleep,
      perKey: { ratePerSec: 100, burst: 100 },
      overall: { ratePerSec: 100, burst: 100 },
      maxInFlight: 2,
    });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await time.sleep(50);
      running--;
    };
    const failing = limiter.run('x', async () => {
      throw new Error('boom');
    });
    await expect(time.drive(failing)).rejects.toThrow('boom');
    await time.drive(Promise.all(Array.from({ length: 6 }, (_, i) => limiter.run(`k${i}`, task))));
    expect(peak).toBe(2);
    expect(limiter.queued).toBe(0);
  });

  it('pauses one key for Retry-After (queued tasks wait, other keys go on), then resumes at its rate', async () => {
    const time = new SimulatedTime(T0);
    const limiter = createRateLimiter({
      clock: time,
      sleep: time.sleep,
      perKey: { ratePerSec: 50, burst: 1 },
      overall: { ratePerSec: 1000, burst: 1000 },
    });
    const start = time.now().getTime();
    const at: Record<string, number[]> = { paused: [], other: [] };
    const job = (key: 'paused' | 'other') =>
      limiter.run(key, async () => void at[key]!.push(time.now().getTime() - start));
    limiter.pause('paused', 3000);
    await time.drive(Promise.all([job('paused'), job('paused'), job('other'), job('other')]));
    expect(at.other).toEqual([0, 20]);
    expect(at.paused).toEqual([3000, 3020]);
  });
});
