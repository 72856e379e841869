// PostgreSQL only (FORBEDRINGSBOT_FULL=1), where turns overlap on the event loop: past its bounded queue the
// local channel answers 503 with Retry-After at once, never a timeout, and stores exactly what it acknowledged.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { ManualClock } from '../support/clock';
import { isStored, startFaultApp, type FaultApp, type TurnAnswer } from '../support/fault-app';
import { freshStore } from '../support/stores';

describe('overload', () => {
  const clock = new ManualClock('2026-11-26T09:00:00Z');
  let store: Store;
  let app: FaultApp | undefined;
  afterEach(async () => {
    await app?.close();
    await store.close();
  });

  it('answers 503 with Retry-After past the queue, not a timeout, and stores exactly the turns it acknowledged', async () => {
    store = await freshStore('postgres', { clock });
    app = await startFaultApp({ store, clock, teams: 1, env: { TURN_CONCURRENCY: '1', TURN_QUEUE: '2' } });
    const answers: TurnAnswer[] = await Promise.all(
      Array.from({ length: 30 }, (_, w) =>
        app!.turn(app!.users[0]!, `måling OP24 ${10 + (w % 9)}/22 ${app!.weeks[w]}`),
      ),
    );
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const a of busy) {
      expect(a.retryAfter).toBe('2');
      expect(a.body.replies?.[0]?.text).toContain('travlt');
    }
    expect(answers.every((a) => a.status === 503 || isStored(a))).toBe(true);
    const acknowledged = answers.flatMap((a, w) => (isStored(a) ? [app!.weeks[w]] : []));
    const stored = (await store.measurements.listForTeam(app.teamIds[0]!)).map((m) => m.periodKey);
    expect(stored.sort()).toEqual(acknowledged.sort());
  });
});
