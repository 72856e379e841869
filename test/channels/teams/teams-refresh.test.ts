import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/domain';
import { normalizeAdaptiveCard } from '../../contract/normalize-adaptive-card';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { seedTeam } from './seed-team';
import { activity, FIXTURE } from './teams-fixtures';

// Universal Actions user-specific views: in group chats and channels the person-dependent cards carry
// `refresh: {action: Action.Execute <view>.refresh, userIds}` and Teams asks the bot, per viewer, for their
// version. Real CloudAdapter over HTTP against the fake connector; the core's views are read-only.

const GROUP = { isGroup: true, conversationType: 'groupChat', id: '19:meeting_refresh@thread.v2' };
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A speaker in the group chat: their 29: id and AAD object id. */
const user = (key: string, name: string) => ({ id: `29:1${key}`, name, aadObjectId: `aad-${key}` });

async function start(extraMembers = 0) {
  server = await startTeamsServer();
  const { store, clock } = server;
  const seeded = await seedTeam(store, clock.now(), {
    'aad-anna': { name: 'Anna Holm', role: 'member' },
    'aad-bo': { name: 'Bo Lind', role: 'member' },
  });
  for (const [key, personId] of [
    ['anna', seeded.personIds['aad-anna']!],
    ['bo', seeded.personIds['aad-bo']!],
  ] as const)
    await personalChat(store, server.connector.serviceUrl, personId, key);
  const actor = { personId: null, at: clock.now() };
  for (let i = 0; i < extraMembers; i++) {
    const p = await store.persons.create(
      {
        displayName: `Extra ${i}`,
        identities: [{ platform: 'teams', tenantId: FIXTURE.tenantId, userId: `aad-x${i}` }],
      },
      actor,
    );
    await store.memberships.grant({ personId: p.id, role: 'member', teamId: seeded.team.id }, actor);
    await personalChat(store, server.connector.serviceUrl, p.id, `x${i}`);
  }
  const cycle = await store.pdsa.create(
    { teamId: seeded.team.id, title: 'Fast track', plan: { objective: 'Hurtigere til operation' } },
    actor,
  );
  const seminar = await store.seminars.create(
    {
      collaborativeId: seeded.collaborative.id,
      title: 'Andet læringsseminar',
      startsAt: new Date('2026-11-27T09:00:00Z'),
      location: 'Nyborg',
    },
    actor,
  );
  await store.seminars.rsvp(seminar.id, seeded.personIds['aad-anna']!, true, clock.now());
  // The group chat is linked to the team (`forbind`): a card without a team of its own refreshes for its members.
  await store.conversationRefs.upsert(
    {
      platform: 'teams',
      tenantId: FIXTURE.tenantId,
      conversationId: GROUP.id,
      kind: 'group',
      personId: null,
      teamId: seeded.team.id,
      reference: { channelId: 'msteams', serviceUrl: server.connector.serviceUrl, conversation: GROUP },
    },
    clock.now(),
  );
  return { server, ...seeded, cycle, seminar };
}

async function personalChat(store: Store, serviceUrl: string, personId: string, key: string) {
  await store.conversationRefs.upsert(
    {
      platform: 'teams',
      tenantId: FIXTURE.tenantId,
      conversationId: `a:personal-${key}`,
      kind: 'personal',
      personId,
      teamId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        user: user(key, key),
        conversation: { id: `a:personal-${key}`, conversationType: 'personal', tenantId: FIXTURE.tenantId },
      },
    },
    new Date('2026-11-20T09:00:00Z'),
  );
}

/** An automatic refresh invoke from `from` in the group chat; answers the invoke response body. */
async function refresh(s: TeamsTestServer, from: Record<string, unknown>, verb: string, data: Record<string, unknown>) {
  const res = await s.post(
    activity('invoke-action-execute', {
      from,
      conversation: GROUP,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'automatic' },
    }),
  );
  expect(res.status).toBe(200);
  return res.body as { statusCode: number; type: string; value: Record<string, unknown> };
}

const cardsSent = (s: TeamsTestServer) =>
  s.connector.calls.flatMap((c) =>
    ((c.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? [])
      .filter((a) => a.contentType === ADAPTIVE)
      .map((a) => a.content),
  );

describe('Teams: Universal Actions refresh in shared conversations', () => {
  it('sends a person-dependent card in a group chat with refresh and the team members’ Teams ids', async () => {
    const { server, cycle } = await start();
    const mention = activity('message-channel-mention', {
      text: '<at>Forbedringsbot</at> pdsa Fast track',
      from: user('anna', 'Anna Holm'),
      conversation: GROUP,
    });
    expect((await server.post(mention)).status).toBe(200);
    const [card] = cardsSent(server);
    expect(card?.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'pdsa.cycle.refresh', data: { cycleId: cycle.id } },
      userIds: ['29:1anna', '29:1bo'],
    });
  });

  it('sends no refresh in a personal chat', async () => {
    const { server } = await start();
    const msg = activity('message-personal', { text: 'pdsa Fast track', from: user('anna', 'Anna Holm') });
    expect((await server.post(msg)).status).toBe(200);
    const [card] = cardsSent(server);
    expect(card?.type).toBe('AdaptiveCard');
    expect(card).not.toHaveProperty('refresh');
  });

  it('answers each viewer’s refresh with their own RSVP, and an outsider with no buttons, writing nothing', async () => {
    const { server, seminar } = await start();
    const persons = (await server.store.persons.list()).length;
    const anna = await refresh(server, user('anna', 'Anna Holm'), 'seminar.card.refresh', { seminarId: seminar.id });
    const bo = await refresh(server, user('bo', 'Bo Lind'), 'seminar.card.refresh', { seminarId: seminar.id });
    const stranger = await refresh(server, user('kim', 'Kim Fremmed'), 'seminar.card.refresh', {
      seminarId: seminar.id,
    });
    for (const body of [anna, bo, stranger]) expect(body).toMatchObject({ statusCode: 200, type: ADAPTIVE });
    const [a, b, s] = [anna, bo, stranger].map((body) => normalizeAdaptiveCard(body.value));
    expect(a!.text).toContain('Dit svar: deltager.');
    expect(b!.text).toContain('Deltager du? Svar med knapperne.');
    expect(b!.text).not.toContain('Dit svar');
    for (const view of [a!, b!]) expect(view.actions.map((x) => x.data.verb)).toEqual(['seminar.rsvp', 'seminar.rsvp']);
    expect(s!.text).toContain('Andet læringsseminar');
    expect(s!.actions).toEqual([]);
    // The refreshed card keeps refreshing; the view wrote nothing: no person for the stranger, no answer changed.
    expect(anna.value.refresh).toMatchObject({ action: { verb: 'seminar.card.refresh' } });
    expect(await server.store.persons.list()).toHaveLength(persons);
    expect(await server.store.seminars.rsvps(seminar.id)).toHaveLength(1);
    expect(server.connector.calls).toEqual([]);
  });

  it('shows the PDSA cycle form to team members and the bare cycle to an outsider', async () => {
    const { server, cycle } = await start();
    const member = await refresh(server, user('bo', 'Bo Lind'), 'pdsa.cycle.refresh', { cycleId: cycle.id });
    const outsider = await refresh(server, user('kim', 'Kim Fremmed'), 'pdsa.cycle.refresh', { cycleId: cycle.id });
    const m = normalizeAdaptiveCard(member.value);
    const o = normalizeAdaptiveCard(outsider.value);
    expect(m.actions.map((x) => x.data.verb)).toContain('pdsa.advance');
    expect(o.text).toContain('Fast track');
    expect(o.actions).toEqual([]);
  });

  it('updates a press on an RSVP card in place with the presser’s answer, the card refreshing for the others', async () => {
    const { server, seminar } = await start();
    const press = await server.post(
      activity('invoke-action-execute', {
        from: user('bo', 'Bo Lind'),
        conversation: GROUP,
        value: {
          action: { type: 'Action.Execute', verb: 'seminar.rsvp', data: { seminarId: seminar.id, attending: false } },
          trigger: 'manual',
        },
      }),
    );
    const body = press.body as { type: string; value: Record<string, unknown> };
    expect(body.type).toBe(ADAPTIVE);
    expect(normalizeAdaptiveCard(body.value).text).toContain('Dit svar: deltager ikke.');
    expect(body.value.refresh).toMatchObject({ userIds: ['29:1anna', '29:1bo'] });
    expect(await server.store.seminars.rsvps(seminar.id)).toHaveLength(2);
    // The message itself becomes the shared view (no one's answer, the buttons stay) with the refresh, so each
    // member's client asks for their own; no second message in the group, not even the personal thanks.
    expect(server.connector.calls.map((c) => [c.method, c.activityId])).toEqual([['PUT', '1763889302777']]);
    const [base] = cardsSent(server);
    expect(normalizeAdaptiveCard(base).text).not.toContain('Dit svar');
    expect(normalizeAdaptiveCard(base).text).toContain('Deltager du? Svar med knapperne.');
    expect(normalizeAdaptiveCard(base).actions.map((x) => x.data.verb)).toEqual(['seminar.rsvp', 'seminar.rsvp']);
    expect(base?.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'seminar.card.refresh', data: { seminarId: seminar.id } },
      userIds: ['29:1anna', '29:1bo'],
    });
  });

  it('leaves userIds out when the team has more than 60 people with Teams ids', async () => {
    const { server, cycle } = await start(60);
    const mention = activity('message-channel-mention', {
      text: '<at>Forbedringsbot</at> pdsa Fast track',
      from: user('anna', 'Anna Holm'),
      conversation: GROUP,
    });
    await server.post(mention);
    const [card] = cardsSent(server);
    expect(card?.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'pdsa.cycle.refresh', data: { cycleId: cycle.id } },
    });
  });

  it('gives a seminar reminder the scheduler sends to a linked group chat the refresh for the team', async () => {
    const { server, seminar } = await start();
    const turn = {
      channel: 'teams' as const,
      identity: { platform: 'teams' as const, tenantId: FIXTURE.tenantId, userId: 'aad-anna' },
      conversation: { id: GROUP.id, kind: 'group' as const, tenantId: FIXTURE.tenantId },
      action: { verb: 'seminar.card', data: { seminarId: seminar.id } },
    };
    const card = (await server.conversation.view(turn, 'everyone'))!.card!;
    const ref = (await server.store.conversationRefs.find('teams', FIXTURE.tenantId, GROUP.id))!;
    expect(await server.channel.notifier.send(ref, { text: card.summary, card })).toEqual({ ok: true });
    const [sent] = cardsSent(server);
    expect(sent?.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'seminar.card.refresh', data: { seminarId: seminar.id } },
      userIds: ['29:1anna', '29:1bo'],
    });
  });

  it('turns a pressed shared card into the shared view also for Action.Submit (older clients)', async () => {
    const { server, seminar } = await start();
    const res = await server.post(
      activity('action-submit', {
        from: user('bo', 'Bo Lind'),
        conversation: GROUP,
        replyToId: '1763889309999',
        value: { verb: 'seminar.rsvp', seminarId: seminar.id, attending: true },
      }),
    );
    expect(res.status).toBe(200);
    expect(server.connector.calls.map((c) => [c.method, c.activityId])).toEqual([['PUT', '1763889309999']]);
    const [base] = cardsSent(server);
    expect(normalizeAdaptiveCard(base).text).not.toContain('Dit svar');
    expect(base?.refresh).toMatchObject({ action: { verb: 'seminar.card.refresh' } });
    expect((await server.store.seminars.rsvps(seminar.id)).filter((r) => r.attending)).toHaveLength(2);
  });
});
