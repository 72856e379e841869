import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';

/** Thresholds of `createEventLoopPressure`; 0 turns a threshold off. */
export interface PressureLimits {
  /** Mean event-loop delay over the last sample past which the instance is saturated (milliseconds). */
  maxDelayMs: number;
  /** Event-loop utilisation (0–1) over the last sample past which the instance is saturated. */
  maxUtilization: number;
  /** How often the loop is sampled (milliseconds). */
  sampleMs: number;
}

/** One sample of the event loop: mean delay in milliseconds and utilisation (0–1) since the previous sample. */
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
 * saturated while the last sample's mean event-loop delay or utilisation is past its limit. A synchronous database
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
      const delayMs = Number.isNaN(histogram.mean) ? 0 : Math.max(0, histogram.mean / 1e6 - RESOLUTION_MS);
      histogram.reset();
      return { delayMs, utilization };
    },
    stop: () => histogram.disable(),
  };
}
