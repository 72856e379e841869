import { expect } from 'vitest';
import type { Store } from '../../src/domain';
import { databaseOf } from '../../src/store/create-store';
import type { Database } from '../../src/store/tables';

const TABLES: Array<keyof Database> = [
  'collaboratives',
  'teams',
  'persons',
  'person_identities',
  'memberships',
  'invites',
  'measures',
  'measurements',
  'series_versions',
  'pdsa_cycles',
  'action_plans',
  'action_plan_steps',
  'progress_scores',
  'seminars',
  'seminar_rsvps',
  'storyboard_notes',
  'baseline_events',
  'baseline_proposals',
  'sponsor_subscriptions',
  'broadcasts',
  'reminders',
  'conversation_refs',
  'conversation_state',
  'idempotency_keys',
  'audit_log',
  'local_inbox',
];

/** Every row of every table, in a stable order: compare two snapshots to prove nothing changed. */
export async function snapshot(store: Store): Promise<Record<string, unknown[]>> {
  const db = databaseOf(store);
  if (!db) throw new Error('snapshot needs a store from createStore');
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = (await db.selectFrom(t).selectAll().execute()) as Array<Record<string, unknown>>;
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Runs `write`, expects it to reject with `code` (and params, if given), and the store to be unchanged. */
export async function expectRejectedUnchanged(
  store: Store,
  write: () => Promise<unknown>,
  code: string,
  params?: Record<string, unknown>,
): Promise<void> {
  const before = await snapshot(store);
  const err = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected DomainError ${code}`).toMatchObject({
    name: 'DomainError',
    code,
    ...(params ? { params } : {}),
  });
  expect(await snapshot(store)).toEqual(before);
}
