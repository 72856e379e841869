import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, type Store } from '../../src/domain';
import { DIALECTS, freshStore } from '../support/stores';
import { actor, seed, uniq } from './seed';
import { snapshot } from './store-snapshot';

describe.each(DIALECTS)('transactions on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('commits every write of fn when it resolves', async () => {
    const s = await seed(store);
    const result = await store.transaction(async (tx) => {
      const t = await tx.teams.create(
        { collaborativeId: s.collaborative.id, name: uniq('Tx '), department: 'D', region: 'nordjylland' },
        actor(),
      );
      await tx.memberships.grant({ personId: s.person.id, role: 'lead', teamId: t.id }, actor());
      return t;
    });
    expect(await store.teams.get(result.id)).toEqual(result);
    expect(await store.memberships.listForTeam(result.id)).toHaveLength(1);
  });

  it('rolls back every write, audit entries included, when fn throws', async () => {
    const s = await seed(store);
    const before = await snapshot(store);
    const err = await store
      .transaction(async (tx) => {
        await tx.teams.create(
          { collaborativeId: s.collaborative.id, name: uniq('Rul '), department: 'D', region: 'nordjylland' },
          actor(),
        );
        await tx.measurements.put(
          {
            measureId: s.count.id,
            teamId: s.team.id,
            periodKey: '2026-W02',
            periodStart: '2026-01-05',
            value: 1,
            numerator: null,
            denominator: null,
            note: null,
          },
          actor(),
        );
        throw new DomainError('CONFLICT', {});
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot(store)).toEqual(before);
  });

  it('rolls back earlier writes when a later repository call in the same transaction is rejected', async () => {
    const s = await seed(store);
    const before = await snapshot(store);
    const err = await store
      .transaction(async (tx) => {
        await tx.collaboratives.update(s.collaborative.id, { goals: 'nyt mål' }, actor());
        await tx.teams.create(
          { collaborativeId: 'missing', name: 'X', department: 'D', region: 'nordjylland' },
          actor(),
        );
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNKNOWN_COLLABORATIVE' });
    expect(await snapshot(store)).toEqual(before);
    expect((await store.collaboratives.get(s.collaborative.id))!.goals).toBeNull();
  });

  it('reuses the outer transaction for nested use, so an outer failure undoes inner writes', async () => {
    const s = await seed(store);
    const before = await snapshot(store);
    const err = await store
      .transaction(async (tx) => {
        const inner = await (tx as Store).transaction(async (tx2) =>
          tx2.teams.create(
            { collaborativeId: s.collaborative.id, name: uniq('Indre '), department: 'D', region: 'sjaelland' },
            actor(),
          ),
        );
        expect(await tx.teams.get(inner.id)).toEqual(inner); // visible inside the transaction
        throw new Error('outer fails');
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(await snapshot(store)).toEqual(before);
  });

  it('runs a nested transaction as a savepoint: its throw undoes only its writes, once, and the outer commits', async () => {
    const s = await seed(store);
    let innerRuns = 0;
    const outer = await store.transaction(async (tx) => {
      const kept = await tx.teams.create(
        { collaborativeId: s.collaborative.id, name: uniq('Ydre '), department: 'D', region: 'sjaelland' },
        actor(),
      );
      const err = await (tx as Store)
        .transaction(async (tx2) => {
          innerRuns++;
          await tx2.teams.create(
            { collaborativeId: s.collaborative.id, name: uniq('Fortrudt '), department: 'D', region: 'sjaelland' },
            actor(),
          );
          throw new DomainError('CONFLICT', {});
        })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'CONFLICT' });
      return kept;
    });
    expect(innerRuns).toBe(1);
    const names = (await store.teams.listByCollaborative(s.collaborative.id)).map((t) => t.name);
    expect(names).toContain(outer.name);
    expect(names.filter((n) => n.startsWith('Fortrudt '))).toEqual([]);
  });

  it('joins the open transaction without a savepoint when asked (join): its writes commit and roll back with it', async () => {
    const s = await seed(store);
    const name = uniq('Med ');
    const failed = await store
      .transaction(async (tx) => {
        await (tx as Store).transaction(
          (tx2) =>
            tx2.teams.create(
              { collaborativeId: s.collaborative.id, name, department: 'D', region: 'sjaelland' },
              actor(),
            ),
          { join: true },
        );
        throw new DomainError('CONFLICT', {});
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 'CONFLICT' });
    expect((await store.teams.listByCollaborative(s.collaborative.id)).map((t) => t.name)).not.toContain(name);
    const joined = await store.transaction((tx) =>
      (tx as Store).transaction(
        (tx2) =>
          tx2.teams.create(
            { collaborativeId: s.collaborative.id, name, department: 'D', region: 'sjaelland' },
            actor(),
          ),
        { join: true },
      ),
    );
    expect(await store.teams.get(joined.id)).toEqual(joined);
  });

  it('recovers the outer transaction after a rejected statement in a nested one (PostgreSQL aborts it otherwise)', async () => {
    const s = await seed(store);
    const name = uniq('Efter ');
    await store.transaction(async (tx) => {
      await (tx as Store)
        .transaction(async (tx2) =>
          tx2.teams.create({ collaborativeId: 'missing', name: 'X', department: 'D', region: 'sjaelland' }, actor()),
        )
        .catch(() => null);
      await tx.teams.create(
        { collaborativeId: s.collaborative.id, name, department: 'D', region: 'sjaelland' },
        actor(),
      );
    });
    expect((await store.teams.listByCollaborative(s.collaborative.id)).map((t) => t.name)).toContain(name);
  });

  it('returns the value of fn and sees its own uncommitted writes', async () => {
    const s = await seed(store);
    const n = await store.transaction(async (tx) => {
      await tx.measurements.putMany(
        [1, 2, 3].map((w) => ({
          measureId: s.count.id,
          teamId: s.team.id,
          periodKey: `2026-W0${w}`,
          periodStart: ['2025-12-29', '2026-01-05', '2026-01-12'][w - 1]!,
          value: w,
          numerator: null,
          denominator: null,
          note: null,
        })),
        actor(),
      );
      return (await tx.measurements.series(s.count.id, s.team.id)).length;
    });
    expect(n).toBe(3);
  });
});
