// PostgreSQL only (runs with FORBEDRINGSBOT_FULL=1): two instances seeding the same database at once.
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src/demo/demo-content';
import { DEMO_WEEKS, seedDemo } from '../../src/demo/seed-demo';
import { ManualClock } from '../support/clock';
import { freshStore, sameSchemaStore } from '../support/stores';

const NOW = '2026-11-26T09:00:00Z';

describe('seedDemo from two instances at once', () => {
  it('seeds once when two stores on the same PostgreSQL schema seed concurrently', async () => {
    const clock = new ManualClock(NOW);
    const first = await freshStore('postgres', { clock });
    const second = await sameSchemaStore(first, { clock });
    try {
      const results = await Promise.all([seedDemo(first, clock), seedDemo(second, clock)]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(await first.teams.list()).toHaveLength(3);
      expect(await first.measurements.listForTeam(DEMO_IDS.teams.aarhus)).toHaveLength(2 * DEMO_WEEKS);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
