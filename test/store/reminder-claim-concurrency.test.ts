import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderCause, type Reminder, type Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { DIALECTS, storesOnOneDatabase } from '../support/stores';
import { T0 } from './seed';

const ROWS = 500;
const INSTANCES = 4;
const CLAIMERS_PER_INSTANCE = 2;
const BATCH = 7;
const now = new Date(T0.getTime() + 3_600_000);

describe.each(DIALECTS)('reminders.claimDue with concurrent claimers on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof storesOnOneDatabase>>;
  let stores: Store[];
  beforeAll(async () => {
    db = await storesOnOneDatabase(dialect, INSTANCES, { clock: new ManualClock(T0) });
    stores = db.stores;
  });
  afterAll(async () => {
    await db?.close();
  });

  it(`never hands one of ${ROWS} due reminders to two claimers`, async () => {
    const first = stores[0]!;
    for (let i = 0; i < ROWS; i++)
      await first.reminders.schedule({
        kind: 'data_due',
        dedupeKey: `due:${i}`,
        causeKey: reminderCause.data(`m${i % 10}`, 't1', '2026-W10'),
        recipient: { kind: 'person', personId: `p${i % 37}` },
        dueAt: new Date(T0.getTime() + (i % 60) * 60_000),
        payload: { measureId: `m${i}`, teamId: 't1', periodKey: '2026-W10', nudge: 1 },
      });
    // Separate stores (pools / connections) act as separate instances; each runs several claim loops at once.
    const claimed: Array<{ worker: string; reminder: Reminder }> = [];
    const loop = async (store: Store, worker: string) => {
      for (;;) {
        const batch = await store.reminders.claimDue(now, BATCH, worker, 60_000);
        if (batch.length === 0) return;
        for (const reminder of batch) claimed.push({ worker, reminder });
      }
    };
    await Promise.all(
      stores.flatMap((store, s) => Array.from({ length: CLAIMERS_PER_INSTANCE }, (_, c) => loop(store, `i${s}-c${c}`))),
    );
    const ids = claimed.map((c) => c.reminder.id);
    expect(ids).toHaveLength(ROWS);
    expect(new Set(ids).size).toBe(ROWS);
    // The store agrees with what each claimer was told.
    const rows = await first.reminders.list({ status: 'sending' });
    expect(rows).toHaveLength(ROWS);
    const told = new Map(claimed.map((c) => [c.reminder.id, c.worker]));
    for (const r of rows) expect(r.claimedBy).toBe(told.get(r.id));
    expect(new Set(claimed.map((c) => c.worker)).size).toBeGreaterThan(1);
    expect(await first.reminders.claimDue(now, 10, 'late', 60_000)).toEqual([]);
  });
});
