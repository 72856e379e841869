import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, FIXTURE, rosterMember } from '../channels/teams/teams-fixtures';
import { startTeamsServer, type TeamsTestServer } from '../support/teams-server';
import { BROADCAST_TEXT, ROLLOUT_START, rolloutScheduler, setUpFromYaml, type Listed } from './rollout-world';

// People listed by email in a setup YAML, who never wrote to the bot, are reached through the team roster when the
// app is installed in their Teams team: real CloudAdapter over HTTP against the fake connector on 127.0.0.1.
describe('Teams rollout: reaching people who never wrote', () => {
  let server: TeamsTestServer;
  let listed: Listed;
  const team = FIXTURE.teamGeneralChannelId;

  beforeEach(async () => {
    server = await startTeamsServer({ start: ROLLOUT_START });
    listed = await setUpFromYaml(server.store, server.clock);
    // Nina is listed but not in the team yet; a stranger is in the team but not listed.
    server.connector.rosters.set(team, [
      rosterMember('mette', 'Mette Kjær', 'Mette.Kjaer@regionh.example'),
      rosterMember('sofie', 'Sofie Lund', 'sofie.lund@regionh.example'),
      rosterMember('jens', 'Jens Berg', 'JENS.BERG@regionh.example'),
      rosterMember('ole', 'Ole Dahl', 'ole.dahl@regionh.example'),
      rosterMember('anders', 'Anders Holm', 'anders.holm@regionh.example'),
      rosterMember('stranger', 'Kim Fremmed', 'kim@elsewhere.example'),
    ]);
    server.connector.maxPageSize = 4; // two pages: the continuation token is followed
  });
  afterEach(() => server.close());

  const install = async () => {
    expect((await server.post(activity('conversation-update-bot-added-to-team'))).status).toBe(200);
    await server.channel.reach.idle();
  };
  const sentTo = (key: string) =>
    server.connector.calls
      .filter((c) => c.conversationId === server.connector.personalConversationId(`29:1${key}-roster-id`))
      .map((c) => JSON.stringify(c.activity));

  it('opens a personal chat with every listed member of the roster, links their Teams identity, and nobody else', async () => {
    await install();
    expect(server.connector.rosterReads).toEqual([team, team]);
    const members = server.connector.created.map((p) => (p.members as Array<{ id: string }>)[0]!.id).sort();
    expect(members).toEqual([
      '29:1anders-roster-id',
      '29:1jens-roster-id',
      '29:1mette-roster-id',
      '29:1ole-roster-id',
      '29:1sofie-roster-id',
    ]);
    expect(server.connector.created[0]).toMatchObject({
      isGroup: false,
      tenantId: FIXTURE.tenantId,
      channelData: { tenant: { id: FIXTURE.tenantId } },
    });
    const refs = await server.store.conversationRefs.forPerson(listed.jens.id);
    expect(refs).toMatchObject([
      {
        platform: 'teams',
        kind: 'personal',
        conversationId: server.connector.personalConversationId('29:1jens-roster-id'),
      },
    ]);
    expect(
      await server.store.persons.findByIdentity({ platform: 'teams', tenantId: FIXTURE.tenantId, userId: 'aad-jens' }),
    ).toMatchObject({ id: listed.jens.id });
    expect(await server.store.reach.get(listed.jens.id, 'teams')).toMatchObject({ state: 'reached' });
    expect(await server.store.conversationRefs.forPerson(listed.nina.id)).toEqual([]);

    // Installing again (installationUpdate after the conversationUpdate, or a re-install) creates nothing twice.
    await server.post(activity('conversation-update-bot-added-to-team'));
    await server.channel.reach.idle();
    expect(server.connector.created).toHaveLength(5);
  });

  it('delivers a broadcast, a data-due nudge, a seminar reminder and a sponsor summary, introducing itself once', async () => {
    await install();
    await server.store.contactPrefs.setPaused(listed.ole.id, ['data'], server.clock.now());
    const { runFor } = rolloutScheduler(server.store, server.clock, server.channel.notifier);
    const mette = { platform: 'teams' as const, tenantId: FIXTURE.tenantId, userId: 'aad-mette' };
    const turn = {
      channel: 'teams' as const,
      identity: mette,
      conversation: { id: 'a:m', kind: 'personal' as const, tenantId: FIXTURE.tenantId },
    };
    const preview = await server.conversation.handle({ ...turn, text: `broadcast ${BROADCAST_TEXT}` });
    const send = JSON.stringify(preview).match(/"verb":"broadcast\.send","data":(\{[^}]*\})/);
    expect(send).not.toBeNull();
    await server.conversation.handle({
      ...turn,
      action: { verb: 'broadcast.send', data: JSON.parse(send![1]!) as Record<string, unknown> },
    });
    await runFor(30);

    const jens = sentTo('jens');
    expect(jens.filter((a) => a.includes('Forbedringsbot') && a.includes('Mette Kjær har sat mig op'))).toHaveLength(1);
    expect(jens[0]).toContain('pause');
    expect(jens.some((a) => a.includes(BROADCAST_TEXT))).toBe(true);
    expect(jens.some((a) => a.includes('OP24'))).toBe(true);
    expect(jens.some((a) => a.includes('Andet læringsseminar'))).toBe(true);
    expect(sentTo('anders').some((a) => a.includes('Hvidovre') && /opsummering|summary/i.test(a))).toBe(true);
    // Ole paused data reminders: the seminar still reaches him, the data nudge does not.
    expect(sentTo('ole').some((a) => a.includes('Andet læringsseminar'))).toBe(true);
    expect(sentTo('ole').some((a) => a.includes('OP24'))).toBe(false);
  });

  it('records 403 and 404 per person with the reason, waits out a 429, and never holds the others back', async () => {
    server.connector.createFailures.set('29:1jens-roster-id', [{ status: 429, retryAfter: '7' }]);
    server.connector.createFailures.set('29:1ole-roster-id', [{ status: 403 }]);
    server.connector.createFailures.set('29:1anders-roster-id', [{ status: 404 }]);
    await install();
    // The 429 paused the tenant budget (its clock is the connector's stamp clock) for Retry-After before the retry.
    const jensCreates = server.connector.stamps.filter(
      (s) => s.kind === 'create' && s.status !== 403 && s.status !== 404,
    );
    const limited = jensCreates.find((s) => s.status === 429)!;
    expect(limited).toBeDefined();
    expect(Math.max(...jensCreates.map((s) => s.at)) - limited.at).toBeGreaterThanOrEqual(7000);
    expect(await server.store.reach.get(listed.jens.id, 'teams')).toMatchObject({ state: 'reached', attempts: 0 });
    expect(await server.store.reach.get(listed.ole.id, 'teams')).toMatchObject({
      state: 'failed',
      reason: 'app_not_installed',
      detail: expect.stringContaining('403'),
    });
    expect(await server.store.reach.get(listed.anders.id, 'teams')).toMatchObject({
      state: 'failed',
      reason: 'user_gone',
    });
    expect(await server.store.conversationRefs.forPerson(listed.sofie.id)).toHaveLength(1);
    expect(await server.store.conversationRefs.forPerson(listed.ole.id)).toEqual([]);

    // The tovholder's coverage view names the unreachable with their reasons, and who paused what.
    await server.store.contactPrefs.setPaused(listed.jens.id, ['seminars'], server.clock.now());
    const mette = { platform: 'teams' as const, tenantId: FIXTURE.tenantId, userId: 'aad-mette' };
    const [view] = await server.conversation.handle({
      channel: 'teams',
      identity: mette,
      conversation: { id: 'a:m', kind: 'personal', tenantId: FIXTURE.tenantId },
      text: 'dækning',
    });
    const text = String(view?.text);
    expect(text).toContain('**Hvidovre**: 5 på listen · 2 i Teams · 0 i Slack · 3 kan ikke nås');
    expect(text).toContain('- Ole Dahl: appen er ikke installeret eller er blokeret for personen');
    expect(text).toContain('- Anders Holm: brugeren findes ikke længere');
    expect(text).toContain('- Nina Vang: endnu ikke fundet i Teams eller Slack');
    expect(text).toContain('- Jens Berg: har sat påmindelser om seminarer på pause');
    expect(text.match(/\*\*Hvidovre\*\*/g)).toHaveLength(1);
  });

  it('reaches a listed person as soon as they are added to the team', async () => {
    await install();
    server.connector.members.set('29:1nina-roster-id', rosterMember('nina', 'Nina Vang', 'nina.vang@regionh.example'));
    const added = activity('conversation-update-member-added', {
      membersAdded: [{ id: '29:1nina-roster-id', aadObjectId: 'aad-nina' }],
    });
    expect((await server.post(added)).status).toBe(200);
    await server.channel.reach.idle();
    expect(await server.store.conversationRefs.forPerson(listed.nina.id)).toMatchObject([
      { platform: 'teams', kind: 'personal' },
    ]);
    expect(server.connector.created).toHaveLength(6);
  });

  it('stops sending to every channel of a team the bot was removed from', async () => {
    await install();
    const general = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, team);
    expect(general?.deadAt).toBeNull();
    expect((await server.post(activity('conversation-update-bot-removed-from-team'))).status).toBe(200);
    expect((await server.store.conversationRefs.find('teams', FIXTURE.tenantId, team))?.deadAt).not.toBeNull();
  });
});
