import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSeed } from '../../../src/demo/seed-demo';
import type { Store } from '../../../src/domain';
import {
  CONTRACT_NOW,
  runChannelContract,
  normalizeTextAndCard,
  type NormalizedReply,
} from '../../contract/channel-contract';
import { ManualClock } from '../../support/clock';
import { startLocalServer, type LocalServer } from '../../support/local-server';
import { freshStore } from '../../support/stores';

// The shared channel contract over the local channel's real HTTP API (POST /api/local/messages).
runChannelContract('local', async ({ store, clock }) => {
  const server = await startLocalServer({ store, clock });
  const post = async (body: Record<string, unknown>): Promise<NormalizedReply[]> => {
    const res = await fetch(`${server.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`POST /api/local/messages → ${res.status}: ${await res.text()}`);
    const json = (await res.json()) as { replies: Array<{ text?: string; card?: unknown }> };
    return json.replies.map(normalizeTextAndCard);
  };
  return {
    say: (user, text) => post({ user, text }),
    press: (user, action) => post({ user, action }),
    store,
    clock,
    close: () => server.close(),
  };
});

describe('local channel over HTTP with the real core', () => {
  let server: LocalServer;
  let store: Store;
  let seed: DemoSeed;
  beforeEach(async () => {
    const clock = new ManualClock(CONTRACT_NOW);
    store = await freshStore('sqlite', { clock });
    seed = await seedDemo(store, clock);
    server = await startLocalServer({ store, clock });
  });
  afterEach(async () => {
    await server.close();
    await store.close();
  });
  const send = async (body: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/local/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { replies: Array<{ text?: string; card?: unknown }> };
  };

  it('handles a retried request (same id) once', async () => {
    const first = await send({ user: seed.persons.clinician, text: 'måling VENT 12', id: 'req-1' });
    const retry = await send({ user: seed.persons.clinician, text: 'måling VENT 12', id: 'req-1' });
    expect(first.replies).toHaveLength(1);
    expect(retry.replies).toEqual(first.replies);
    const audit = await store.audit.list({ entity: 'measurement', actorId: seed.persons.clinician });
    expect(audit).toHaveLength(1);
  });

  it('serves the run chart behind the card’s signed image URL, and refuses a tampered one', async () => {
    const replies = (await send({ user: seed.persons.clinician, text: 'graf OP24' })).replies.map(normalizeTextAndCard);
    const url = replies.flatMap((r) => r.images ?? [])[0]!.url;
    expect(url.startsWith(`${server.url}/charts/`)).toBe(true);
    const png = await fetch(url);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    const tampered = await fetch(url.replace(/s=./, (m) => (m.endsWith('A') ? 's=B' : 's=A')));
    expect(tampered.status).toBe(403);
  });
});
