// The cards Teams users get for the demo collaborative: Adaptive Card 1.5 attachments under the 28 KB
// budget, with Action.Execute buttons (Action.Submit fallback), and the run chart as a signed image URL
// that this server serves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_SIZE_BUDGET_BYTES, cardBytes } from '../../../src/cards/card-budget';
import { seedDemo, type DemoSeed } from '../../../src/demo/seed-demo';
import { CONTRACT_NOW } from '../../contract/channel-contract';
import { ManualClock } from '../../support/clock';
import { freshStore } from '../../support/stores';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { activity, FIXTURE, personalUser } from './teams-fixtures';

type Card = Record<string, unknown> & { body?: unknown[]; actions?: Array<Record<string, unknown>> };

let server: TeamsTestServer;
let seed: DemoSeed;
beforeEach(async () => {
  const clock = new ManualClock(CONTRACT_NOW);
  const store = await freshStore('sqlite', { clock });
  seed = await seedDemo(store, clock);
  server = await startTeamsServer({ store, clock });
  await store.persons.linkIdentity(
    seed.persons.clinician,
    { platform: 'teams', tenantId: FIXTURE.tenantId, userId: FIXTURE.aadObjectId },
    { personId: null, at: clock.now() },
  );
});
afterEach(async () => {
  await server.close();
  await server.store.close();
});

/** The Adaptive Cards the bot attached to its replies for one message. */
async function cardsFor(text: string): Promise<Card[]> {
  const from = server.connector.calls.length;
  await server.post(activity('message-personal', { ...personalUser(FIXTURE.aadObjectId, 'Mette Hansen'), text }));
  return server.connector
    .since(from)
    .flatMap((c) => (c.activity.attachments as Array<{ contentType: string; content: Card }> | undefined) ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

function findAll(
  node: unknown,
  type: string,
  out: Array<Record<string, unknown>> = [],
): Array<Record<string, unknown>> {
  if (Array.isArray(node)) for (const x of node) findAll(x, type, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === type) out.push(o);
    for (const v of Object.values(o)) findAll(v, type, out);
  }
  return out;
}

describe('Teams cards', () => {
  it('shows the run chart as an Image with the signed chart URL, which serves a PNG', async () => {
    const [card] = await cardsFor('graf OP24');
    expect(card, 'graf OP24 should answer with a card').toBeDefined();
    const [image] = findAll(card, 'Image');
    expect(image).toBeDefined();
    const url = String(image!.url);
    expect(url.startsWith(`${server.url}/charts/`)).toBe(true);
    expect(url).toMatch(/\/charts\/[A-Za-z0-9_-]+\.png\?e=\d+&s=[A-Za-z0-9_-]{43}$/);
    const png = await fetch(url);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const tampered = await fetch(url.replace(/s=.{5}/, 's=AAAAA'));
    expect(tampered.status).toBe(403);
  });

  it.each(['graf OP24', 'status', 'hjælp', 'pdsa', 'måling'])(
    'keeps the card for "%s" a version 1.5 card under 28 KB',
    async (text) => {
      const cards = await cardsFor(text);
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.version).toBe('1.5');
        expect(cardBytes(card)).toBeLessThan(CARD_SIZE_BUDGET_BYTES);
        for (const action of findAll(card, 'Action.Execute')) {
          expect(action.verb).toEqual(expect.any(String));
          expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: action.verb } });
        }
      }
    },
  );
});
