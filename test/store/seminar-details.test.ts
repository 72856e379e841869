import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, T0 } from './seed';
import { expectRejectedUnchanged } from './store-snapshot';

const MIN = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

describe.each(DIALECTS)('seminar details on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect, { clock: new ManualClock(T0) });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('stores the end and the material link, and raises the sequence on every change and on cancellation', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create(
      { collaborativeId: s.collaborative.id, title: 'Seminar', startsAt: new Date('2026-05-20T07:00:00Z'), endsAt: new Date('2026-05-20T14:00:00Z') },
      actor(s.person.id),
    );
    expect(sem).toMatchObject({ endsAt: new Date('2026-05-20T14:00:00Z'), materialUrl: null, sequence: 0, updatedAt: T0 });
    const moved = await store.seminars.update(sem.id, { startsAt: new Date('2026-05-21T07:00:00Z') }, actor(null, at(5)));
    // A new start alone keeps the seven-hour length.
    expect(moved).toMatchObject({ endsAt: new Date('2026-05-21T14:00:00Z'), sequence: 1, updatedAt: at(5) });
    const withMaterial = await store.seminars.update(sem.id, { materialUrl: 'https://example.dk/slides.pdf' }, actor(null, at(6)));
    expect(withMaterial).toMatchObject({ materialUrl: 'https://example.dk/slides.pdf', sequence: 2 });
    const cancelled = await store.seminars.cancel(sem.id, actor(null, at(7)));
    expect(cancelled).toMatchObject({ sequence: 3, updatedAt: at(7), cancelledAt: at(7) });
    expect(await store.seminars.get(sem.id)).toEqual(cancelled);
  });

  it('takes a seminar without an end as three hours long', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create({ collaborativeId: s.collaborative.id, title: 'Kort', startsAt: new Date('2026-05-20T07:00:00Z') }, actor());
    expect(sem.endsAt).toEqual(new Date('2026-05-20T10:00:00Z'));
  });

  it('refuses a material link that is not a web address, unchanged', async () => {
    const s = await seed(store);
    const sem = await store.seminars.create({ collaborativeId: s.collaborative.id, title: 'Link', startsAt: at(60) }, actor());
    await expectRejectedUnchanged(store, () => store.seminars.update(sem.id, { materialUrl: 'javascript:alert(1)' }, actor()), 'VALIDATION_FAILED', {
      field: 'materialUrl',
    });
    expect((await store.seminars.get(sem.id))!.sequence).toBe(0);
  });
});
