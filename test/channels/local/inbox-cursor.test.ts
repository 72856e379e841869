// The playground inbox with two instances (two stores on one database) sending at once and two pollers reading
// through either instance while they send: every poller shows every message exactly once, in order.
import { afterEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import { createLocalNotifier, type LocalNotifier } from '../../../src/channels/local/local-notifier';
import type { ConversationRef } from '../../../src/domain';
import { ManualClock } from '../../support/clock';
import { DIALECTS, storesOnOneDatabase } from '../../support/stores';

const ref: ConversationRef = {
  id: 'ref-1',
  platform: 'local',
  tenantId: 'local',
  conversationId: 'local:anna',
  kind: 'personal',
  personId: null,
  teamId: null,
  reference: { user: 'anna' },
  deadAt: null,
  updatedAt: new Date('2026-11-26T09:00:00Z'),
};

describe.each(DIALECTS)('the playground inbox on %s', (dialect) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('shows each message once to every poller while two instances append', async () => {
    const clock = new ManualClock('2026-11-26T09:00:00Z');
    // SQLite: one process holds one connection per file (two would wait on each other's locks in one thread).
    const db = await storesOnOneDatabase(dialect, dialect === 'postgres' ? 2 : 1, { clock });
    close = db.close;
    const stores = [db.stores[0]!, db.stores.at(-1)!];
    const instances: LocalNotifier[] = stores.map((store) =>
      createLocalNotifier({ store, clock, renderCard: renderAdaptiveCard }),
    );
    let sending = true;
    const poller = async () => {
      const shown: string[] = [];
      let cursor = 0;
      for (let i = 0; sending || i % 2 === 1; i++) {
        const page = await instances[i % 2]!.read('anna', cursor);
        shown.push(...page.messages.map((m) => m.text));
        cursor = page.cursor;
        // A page polls over HTTP: each poll is its own turn of the event loop (where SQLite's group commit runs).
        await new Promise((resolve) => setImmediate(resolve));
      }
      const rest = await instances[0]!.read('anna', cursor);
      return [...shown, ...rest.messages.map((m) => m.text)];
    };
    const pollers = [poller(), poller()];
    // Both instances send at once, a few at a time each (as the scheduler paces one conversation).
    const results = await Promise.all(
      instances.map(async (n, k) => {
        const out = [];
        for (let i = 0; i < 40; i += 4)
          out.push(...(await Promise.all([0, 1, 2, 3].map((j) => n.send(ref, { text: `${k}-${i + j}` })))));
        return out;
      }),
    );
    expect(results.flat().every((r) => r.ok)).toBe(true);
    sending = false;
    const [a, b] = await Promise.all(pollers);
    expect(a).toHaveLength(80);
    expect(new Set(a).size).toBe(80);
    // Both pollers saw the same messages in the same (seq) order, none skipped by a cursor that ran ahead.
    expect(b).toEqual(a);
  });
});
