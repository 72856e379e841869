import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signSlackRequest, TEST_SIGNING_SECRET, type SlackTestServer } from '../support/slack-server';
import type { DemoSeed } from '../../src/demo/seed-demo';
import { startSeededSlackServer } from '../channels/slack/seeded-slack-server';
import { commandBody } from '../channels/slack/slack-payloads';

// Slack signs a timestamp with every request; one more than 5 minutes off either way is refused, so a
// signed request captured (or prepared) cannot be replayed later.

const nowSec = (s: SlackTestServer) => Math.floor(s.clock.now().getTime() / 1000);

let s: SlackTestServer & { seed: DemoSeed };
afterEach(() => s.close());

describe('Slack request timestamps', () => {
  beforeEach(async () => {
    s = await startSeededSlackServer();
  });

  it('refuses a correctly signed request timestamped more than 5 minutes in the future', async () => {
    const body = commandBody({ text: 'måling OP24 18/22', responseUrl: s.api.responseUrl('future') });
    const before = await s.store.measurements.listForTeam(s.seed.teams.hvidovre);
    const res = await s.post(body, 'form', signSlackRequest(body, nowSec(s) + 5 * 60 + 1, TEST_SIGNING_SECRET));
    expect(res.status).toBe(401);
    expect(s.api.calls.some((c) => c.key === 'future')).toBe(false);
    expect(await s.store.measurements.listForTeam(s.seed.teams.hvidovre)).toEqual(before);
    const soon = signSlackRequest(body, nowSec(s) + 4 * 60, TEST_SIGNING_SECRET);
    expect((await s.post(body, 'form', soon)).status).toBe(200);
  });

  it('refuses a timestamp that is not a number', async () => {
    const body = commandBody({ text: 'hjælp', responseUrl: s.api.responseUrl('nan') });
    const headers = { ...signSlackRequest(body, nowSec(s), TEST_SIGNING_SECRET), 'x-slack-request-timestamp': 'soon' };
    expect((await s.post(body, 'form', headers)).status).toBe(401);
  });
});
