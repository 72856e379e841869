import type { Logger } from 'pino';
import type { NewReminder, Store } from '../../domain';
import type { PersonLookup } from '../audiences';
import type { TimeRules } from '../time-rules';

/** What a sweep needs: the store, the time, the rules and an idempotent `schedule`. */
export interface SweepContext {
  store: Store;
  now: Date;
  rules: TimeRules;
  logger: Logger;
  people: PersonLookup;
  /** Weeks after an action plan for the follow-up meeting (6–12, default 8). */
  followUpWeeks: number;
  /** Inserts reminders whose dedupeKey is new; returns how many rows were created. */
  schedule(rows: NewReminder[]): Promise<number>;
}

/**
 * An idempotent scheduler of reminder rows: the store's unique dedupeKey makes a repeat a no-op, and keys this
 * instance has already written are remembered so a sweep does not re-insert thousands of rows every time.
 */
export function createScheduleFn(store: Store, remembered: Set<string>, maxRemembered = 200_000) {
  return async (rows: NewReminder[]): Promise<number> => {
    let created = 0;
    for (const row of rows) {
      if (remembered.has(row.dedupeKey)) continue;
      if (await store.reminders.schedule(row)) created++;
      if (remembered.size >= maxRemembered) remembered.clear();
      remembered.add(row.dedupeKey);
    }
    return created;
  };
}
