import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';

for (const dialect of DIALECTS) {
  describe(`reach and contact settings (${dialect})`, () => {
    it('records outcomes per person and platform, counting failures and resetting on success', async () => {
      const clock = new ManualClock('2026-11-23T09:00:00Z');
      const store = await freshStore(dialect, { clock });
      try {
        const p = await store.persons.create(
          { displayName: 'Nina Vang', email: 'nina@x.example' },
          { personId: null, at: clock.now() },
        );
        const failed = {
          personId: p.id,
          platform: 'teams' as const,
          tenantId: 't1',
          state: 'failed' as const,
          reason: 'rate_limited' as const,
          detail: 'HTTP 429',
        };
        await store.reach.record(failed, clock.now());
        expect(await store.reach.record(failed, clock.now())).toMatchObject({ attempts: 2, reason: 'rate_limited' });
        expect(
          await store.reach.record({ ...failed, state: 'reached', reason: null, detail: null }, clock.now()),
        ).toMatchObject({ attempts: 0, state: 'reached', reason: null });
        expect(await store.reach.forPerson(p.id)).toHaveLength(1);
        await expect(store.reach.record({ ...failed, reason: 'nonsense' as never }, clock.now())).rejects.toThrow();
      } finally {
        await store.close();
      }
    });

    it('claims the introduction exactly once, releases it after a failed send, and stores paused kinds', async () => {
      const clock = new ManualClock('2026-11-23T09:00:00Z');
      const store = await freshStore(dialect, { clock });
      try {
        const p = await store.persons.create({ displayName: 'Ole Dahl' }, { personId: null, at: clock.now() });
        const claims = await Promise.all([1, 2, 3].map(() => store.contactPrefs.claimIntroduction(p.id, clock.now())));
        expect(claims.filter(Boolean)).toHaveLength(1);
        await store.contactPrefs.releaseIntroduction(p.id);
        expect(await store.contactPrefs.claimIntroduction(p.id, clock.now())).toBe(true);
        expect((await store.contactPrefs.setPaused(p.id, ['summaries', 'data'], clock.now())).paused).toEqual([
          'data',
          'summaries',
        ]);
        expect(await store.contactPrefs.get(p.id)).toMatchObject({
          paused: ['data', 'summaries'],
          introducedAt: clock.now(),
        });
      } finally {
        await store.close();
      }
    });
  });
}
