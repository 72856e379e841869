import { describe, expect, it } from 'vitest';
import { createEventLoopPressure, type LoopSample } from '../../src/server/event-loop-pressure';

/** A sampler that returns the samples it is given, in order. */
function samples(...list: LoopSample[]) {
  let stopped = false;
  return {
    read: () => list.shift() ?? { delayMs: 0, utilization: 0 },
    stop: () => {
      stopped = true;
    },
    stopped: () => stopped,
  };
}

describe('event-loop pressure', () => {
  it('is saturated while the last sample lags past the delay limit, and recovers with the next', () => {
    const sampler = samples(
      { delayMs: 20, utilization: 1 },
      { delayMs: 120, utilization: 0.5 },
      { delayMs: 80, utilization: 0.99 },
    );
    const pressure = createEventLoopPressure({ maxDelayMs: 100, maxUtilization: 0, sampleMs: 0 }, sampler);
    expect(pressure.saturated()).toBe(false);
    pressure.update();
    expect(pressure.saturated()).toBe(false); // utilisation alone is off (0)
    pressure.update();
    expect(pressure.saturated()).toBe(true);
    pressure.update();
    expect(pressure.saturated()).toBe(false);
    pressure.close();
    expect(sampler.stopped()).toBe(true);
  });

  it('uses the utilisation limit when it is set', () => {
    const pressure = createEventLoopPressure(
      { maxDelayMs: 0, maxUtilization: 0.95, sampleMs: 0 },
      samples({ delayMs: 5000, utilization: 0.9 }, { delayMs: 0, utilization: 0.97 }),
    );
    pressure.update();
    expect(pressure.saturated()).toBe(false); // delay alone is off (0)
    pressure.update();
    expect(pressure.saturated()).toBe(true);
    pressure.close();
  });
});
