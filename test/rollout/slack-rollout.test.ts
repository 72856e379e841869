import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../support/clock';
import { startSlackTestServer, type SlackTestServer } from '../support/slack-server';
import { BROADCAST_TEXT, ROLLOUT_START, rolloutScheduler, setUpFromYaml, type Listed } from './rollout-world';

// The same YAML set-up reached in Slack: listed emails resolved with users.lookupByEmail, a DM opened with
// conversations.open, both against the fake Slack Web API on 127.0.0.1 through Bolt's real WebClient.
describe('Slack rollout: reaching people who never wrote', () => {
  let server: SlackTestServer;
  let listed: Listed;
  const ids = { mette: 'U0METTE', sofie: 'U0SOFIE', jens: 'U0JENS', ole: 'U0OLE', anders: 'U0ANDERS' };

  beforeEach(async () => {
    server = await startSlackTestServer({ clock: new ManualClock(ROLLOUT_START) });
    listed = await setUpFromYaml(server.store, server.clock);
    for (const [key, id] of Object.entries(ids))
      server.api.users.set(id, {
        realName: listed[key as keyof Listed].displayName,
        email: listed[key as keyof Listed].email!.toUpperCase(),
      });
  });
  afterEach(() => server.close());

  const dm = (key: keyof typeof ids) =>
    server.api.calls
      .filter((c) => c.method === 'chat.postMessage' && c.body.channel === `D${ids[key]}`)
      .map((c) => JSON.stringify(c.body));

  it('opens a DM with every listed person Slack knows by email and records who it could not find', async () => {
    const run = await server.channel.reach();
    expect(run).toMatchObject({ reached: 5, already: 0 });
    expect(run.failed).toEqual([{ personId: listed.nina.id, reason: 'email_not_found' }]);
    expect(
      server.api.calls
        .filter((c) => c.method === 'conversations.open')
        .map((c) => c.body.users)
        .sort(),
    ).toEqual(Object.values(ids).sort());
    expect(await server.store.conversationRefs.forPerson(listed.jens.id)).toMatchObject([
      { platform: 'slack', kind: 'personal', conversationId: 'DU0JENS', tenantId: 'T1' },
    ]);
    expect(
      await server.store.persons.findByIdentity({ platform: 'slack', tenantId: 'T1', userId: 'U0JENS' }),
    ).toMatchObject({ id: listed.jens.id });
    expect(await server.store.reach.get(listed.nina.id, 'slack')).toMatchObject({
      state: 'failed',
      reason: 'email_not_found',
    });

    // A second run opens nothing twice and does not ask again about the unknown email the same day.
    const opened = server.api.calls.length;
    expect(await server.channel.reach()).toMatchObject({ reached: 0, already: 5, failed: [] });
    expect(server.api.calls.length).toBe(opened);
  });

  it('waits out a 429 from users.lookupByEmail and goes on', async () => {
    server.api.fail({ method: 'users.lookupByEmail', retryAfter: 3 });
    const run = await server.channel.reach();
    expect(run.reached).toBe(5);
    expect(server.sleeps).toContain(3000);
  });

  it('delivers a broadcast, a data-due nudge, a seminar reminder and a sponsor summary, introducing itself once', async () => {
    await server.channel.reach();
    await server.store.contactPrefs.setPaused(listed.ole.id, ['data'], server.clock.now());
    const { runFor } = rolloutScheduler(server.store, server.clock, server.channel.notifier);
    const mette = { platform: 'slack' as const, tenantId: 'T1', userId: 'U0METTE' };
    const turn = {
      channel: 'slack' as const,
      identity: mette,
      conversation: { id: 'DU0METTE', kind: 'personal' as const, tenantId: 'T1' },
    };
    const preview = await server.conversation.handle({ ...turn, text: `broadcast ${BROADCAST_TEXT}` });
    const send = JSON.stringify(preview).match(/"verb":"broadcast\.send","data":(\{[^}]*\})/);
    await server.conversation.handle({
      ...turn,
      action: { verb: 'broadcast.send', data: JSON.parse(send![1]!) as Record<string, unknown> },
    });
    await runFor(30);

    const jens = dm('jens');
    expect(jens.filter((m) => m.includes('Mette Kjær har sat mig op'))).toHaveLength(1);
    expect(jens[0]).toContain('pause');
    expect(jens.some((m) => m.includes(BROADCAST_TEXT))).toBe(true);
    expect(jens.some((m) => m.includes('OP24'))).toBe(true);
    expect(jens.some((m) => m.includes('Andet læringsseminar'))).toBe(true);
    expect(dm('anders').some((m) => m.includes('Hvidovre') && /opsummering|summary/i.test(m))).toBe(true);
    expect(dm('ole').some((m) => m.includes('Andet læringsseminar'))).toBe(true);
    expect(dm('ole').some((m) => m.includes('OP24'))).toBe(false);
  });
});
