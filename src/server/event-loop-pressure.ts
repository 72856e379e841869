import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

/** Thresholds of `createEventLoopPressure`; 0 turns a threshold off. */
export interface PressureLimits {
  /** Median event-loop delay over the last sample past which the instance is saturated (milliseconds). */
  maxDelayMs: number;
  /** Event-loop utilisation (0–1) over the last sample past which the instance is saturated. */
  maxUtilization: number;
  /** How often the loop is sampled (milliseconds). */
  sampleMs: number;
}

/**
 * One sample of the event loop since the previous one: median delay in milliseconds (the median, not the mean, so one
 * long synchronous task, e.g. a PNG render, does not count as overload; a saturated loop is late at every tick) and
 * utilisation (0–1).
 */
export interface LoopSample {
  delayMs: number;
  utilization: number;
}

/** Saturation from event-loop samples; `update` takes a sample (a timer calls it in production). */
export interface EventLoopPressure {
  saturated(): boolean;
  update(): void;
  close(): void;
}

/** Reads event-loop samples; `stop` releases what it holds. */
export interface LoopSampler {
  read(): LoopSample;
  stop?(): void;
}

/**
 * Sheds load the way @fastify/under-pressure does (https://github.com/fastify/under-pressure), for plain node:http:
 * saturated while the last sample's median event-loop delay or its utilisation is past its limit. A synchronous database
 * (better-sqlite3) never lets requests overlap, so only the loop's lag shows that requests are piling up.
 * `sampler` reads the loop (node:perf_hooks by default); without a timer (`sampleMs` 0) the caller calls `update`.
 */
export function createEventLoopPressure(
  limits: PressureLimits,
  sampler: LoopSampler = nodeLoopSampler(),
): EventLoopPressure {
  let saturated = false;
  const update = () => {
    const s = sampler.read();
    saturated =
      (limits.maxDelayMs > 0 && s.delayMs > limits.maxDelayMs) ||
      (limits.maxUtilization > 0 && s.utilization > limits.maxUtilization);
  };
  const timer =
    limits.sampleMs > 0 && (limits.maxDelayMs > 0 || limits.maxUtilization > 0)
      ? setInterval(update, limits.sampleMs)
      : null;
  timer?.unref();
  return {
    saturated: () => saturated,
    update,
    close: () => {
      if (timer) clearInterval(timer);
      sampler.stop?.();
    },
  };
}

const RESOLUTION_MS = 10;

/** Event-loop delay (histogram, 10 ms resolution, which is not lag) and utilisation since the previous read. */
function nodeLoopSampler(): LoopSampler {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  return {
    read() {
      const now = performance.eventLoopUtilization();
      const utilization = performance.eventLoopUtilization(now, last).utilization;
      last = now;
      const median = histogram.count > 0 ? histogram.percentile(50) / 1e6 : 0;
      const delayMs = Math.max(0, median - RESOLUTION_MS);
      histogram.reset();
      return { delayMs, utilization };
    },
    stop: () => histogram.disable(),
  };
}
