// The Teams channel alone: real Bot Framework payloads POSTed over HTTP to /api/messages, replies captured
// by the fake connector. The core is a recording stand-in here (the contract suite runs the real one), so
// these tests pin down exactly what the channel converts and forwards.
import { afterEach, describe, expect, it } from 'vitest';
import { choiceCard } from '../../../src/cards/builders/choice-card';
import { button } from '../../../src/cards/button';
import type { Conversation } from '../../../src/conversation/create-conversation';
import type { Reply, Turn } from '../../../src/conversation/turn';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { activity, FIXTURE } from './teams-fixtures';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

function recordingCore(answer: (turn: Turn) => Reply[] | Promise<Reply[]> = () => [{ text: 'ok' }]) {
  const turns: Turn[] = [];
  const conversation: Conversation = {
    view: async () => null,
    async handle(turn) {
      turns.push(turn);
      return answer(turn);
    },
  };
  return { turns, conversation };
}

const helpButtonCard = choiceCard({
  title: 'Hvad vil du?',
  text: 'Vælg en handling',
  buttons: [button('Hjælp', 'help.show'), button('Status', 'status.show', { teamId: 't1' })],
});

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Teams channel: messages', () => {
  it('turns a personal message into a turn with the AAD identity, tenant and activity id, and replies in the chat', async () => {
    const core = recordingCore(() => [{ text: 'Gemt: 18/22 i uge 47.' }]);
    server = await startTeamsServer({ conversation: core.conversation });
    const a = activity('message-personal');
    const res = await server.post(a);

    expect(res.status).toBe(200);
    expect(core.turns).toHaveLength(1);
    const turn = core.turns[0]!;
    expect(turn).toMatchObject({
      channel: 'teams',
      identity: { platform: 'teams', tenantId: FIXTURE.tenantId, userId: FIXTURE.aadObjectId },
      displayName: 'Mette Hansen',
      localeHint: 'da',
      conversation: { id: FIXTURE.personalConversationId, kind: 'personal', tenantId: FIXTURE.tenantId },
      text: 'måling OP24 18/22 uge 47',
    });
    expect(turn.requestId).toContain(String(a.id));
    expect(turn.conversation.reference).toMatchObject({ conversation: { id: FIXTURE.personalConversationId } });
    expect(turn.conversation.reference).not.toHaveProperty('activityId');

    const [sent] = server.connector.calls;
    expect(server.connector.calls).toHaveLength(1);
    expect(sent).toMatchObject({ method: 'POST', conversationId: FIXTURE.personalConversationId, activityId: a.id });
    expect(sent!.activity).toMatchObject({ type: 'message', text: 'Gemt: 18/22 i uge 47.', replyToId: a.id });
  });

  it('strips the bot mention in a channel, names the channel without the thread suffix and answers with a card', async () => {
    const core = recordingCore(() => [{ card: helpButtonCard }]);
    server = await startTeamsServer({ conversation: core.conversation });
    const a = activity('message-channel-mention');
    await server.post(a);

    expect(core.turns[0]).toMatchObject({
      text: 'graf OP24',
      conversation: { id: FIXTURE.channelId, kind: 'channel' },
    });
    expect(core.turns[0]!.conversation.reference).toMatchObject({ conversation: { id: FIXTURE.channelId } });
    expect(core.turns[0]!.conversation.reference).not.toHaveProperty('user');

    const sent = server.connector.calls[0]!;
    // The reply goes into the thread the user wrote in.
    expect(sent.conversationId).toBe(`${FIXTURE.channelId};messageid=1763889641555`);
    const attachments = sent.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }>;
    expect(attachments[0]!.contentType).toBe(ADAPTIVE);
    expect(attachments[0]!.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(sent.activity.summary).toBe(helpButtonCard.summary);
  });

  it('ignores channel messages that do not mention the bot', async () => {
    const core = recordingCore();
    server = await startTeamsServer({ conversation: core.conversation });
    const res = await server.post(activity('message-channel-mention', { text: 'bare en snak', entities: [] }));
    expect(res.status).toBe(200);
    expect(core.turns).toHaveLength(0);
    expect(server.connector.calls).toHaveLength(0);
  });

  it('treats a group chat like a channel: only mentions reach the core', async () => {
    const core = recordingCore();
    server = await startTeamsServer({ conversation: core.conversation });
    const group = { conversation: { isGroup: true, conversationType: 'groupChat', id: '19:meeting_abc@thread.v2' } };
    await server.post(activity('message-channel-mention', { ...group, text: 'uden omtale', entities: [] }));
    await server.post(activity('message-channel-mention', group));
    expect(core.turns).toHaveLength(1);
    expect(core.turns[0]!.conversation).toMatchObject({ kind: 'group', id: '19:meeting_abc@thread.v2' });
  });

  it('refuses a user from a tenant that is not allowed, in their language, without reaching the core', async () => {
    const core = recordingCore();
    server = await startTeamsServer({
      conversation: core.conversation,
      env: { TEAMS_ALLOWED_TENANTS: 'a-different-tenant' },
    });
    await server.post(activity('message-personal', { locale: 'en-US' }));
    expect(core.turns).toHaveLength(0);
    expect(server.connector.calls[0]!.activity.text).toMatch(/organisation is not connected/);
  });

  it('replaces a card over the 28 KB budget by its summary text', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      title: `Mål nummer ${i} med et langt navn for at fylde`,
      value: `m${i}`,
    }));
    const huge = choiceCard({
      title: 'Vælg mål',
      text: 'Mange mål',
      select: {
        id: 'measureId',
        label: 'Mål',
        error: 'Vælg et mål',
        choices: many,
        submit: button('Vælg', 'chart.show'),
      },
    });
    server = await startTeamsServer({ conversation: recordingCore(() => [{ card: huge }]).conversation });
    await server.post(activity('message-personal'));
    const sent = server.connector.calls[0]!.activity;
    expect(sent.attachments).toBeUndefined();
    expect(sent.text).toBe(huge.summary);
  });

  it('answers politely when the core fails', async () => {
    server = await startTeamsServer({
      conversation: recordingCore(() => {
        throw new Error('database down');
      }).conversation,
    });
    const res = await server.post(activity('message-personal'));
    expect(res.status).toBe(200);
    expect(server.connector.calls[0]!.activity.text).toMatch(/Beklager, noget gik galt/);
  });

  it('answers 400 to a body that is not a JSON activity', async () => {
    server = await startTeamsServer({ conversation: recordingCore().conversation });
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', body: 'not json' });
    expect(res.status).toBe(400);
  });
});

describe('Teams channel: card actions', () => {
  it('brings an Action.Submit (message with value) to the core as a card action, inputs merged, verb removed', async () => {
    const core = recordingCore();
    server = await startTeamsServer({ conversation: core.conversation });
    const value = {
      verb: 'measurement.add',
      measureId: 'm-op24',
      period: '2026-W47',
      numerator: '18',
      denominator: '22',
    };
    await server.post(activity('action-submit', { value }));
    expect(core.turns[0]!.action).toEqual({
      verb: 'measurement.add',
      data: { measureId: 'm-op24', period: '2026-W47', numerator: '18', denominator: '22' },
    });
    expect(core.turns[0]!.text).toBeUndefined();
    expect(server.connector.calls[0]!.activity.text).toBe('ok');
  });

  it('updates the pressed card in place after an Action.Submit (PUT on the original activity), not a second message', async () => {
    const core = recordingCore(() => [{ text: 'Gemt.', card: helpButtonCard }]);
    server = await startTeamsServer({ conversation: core.conversation });
    await server.post(activity('action-submit', { value: { verb: 'help.show' } }));
    const [update, ...rest] = server.connector.calls;
    expect(update).toMatchObject({ method: 'PUT', activityId: '1763889302777' });
    expect((update!.activity.attachments as Array<{ contentType: string }>)[0]!.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(rest.every((c) => c.method === 'POST' && !c.activity.attachments)).toBe(true);
  });

  it('answers an Action.Execute with the refreshed card in the invoke response', async () => {
    const core = recordingCore(() => [{ card: helpButtonCard }]);
    server = await startTeamsServer({ conversation: core.conversation });
    const res = await server.post(activity('invoke-action-execute'));

    expect(core.turns[0]!.action).toEqual({ verb: 'help.show', data: {} });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: ADAPTIVE,
      value: { type: 'AdaptiveCard', version: '1.5' },
    });
    const card = (res.body as { value: { actions: Array<{ type: string; verb: string }> } }).value;
    expect(card.actions.map((a) => a.verb)).toEqual(['help.show', 'status.show']);
    expect(server.connector.calls).toHaveLength(0);
  });

  it('posts text-only answers to an Action.Execute as messages and acknowledges the invoke', async () => {
    const core = recordingCore(() => [{ text: 'Tælleren (30) kan ikke være større end nævneren (22).' }]);
    server = await startTeamsServer({ conversation: core.conversation });
    const res = await server.post(
      activity('invoke-action-execute', {
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'measurement.add',
            data: { verb: 'measurement.add', numerator: '30', denominator: '22' },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(core.turns[0]!.action).toEqual({ verb: 'measurement.add', data: { numerator: '30', denominator: '22' } });
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Modtaget.',
    });
    expect(server.connector.calls.map((c) => c.activity.text)).toEqual([
      'Tælleren (30) kan ikke være større end nævneren (22).',
    ]);
  });

  it('answers a refused Action.Execute form under the card, so it can be corrected, and posts nothing', async () => {
    const text = 'Tælleren (30) kan ikke være større end nævneren (22).';
    const core = recordingCore(() => [{ text, error: { code: 'NUMERATOR_EXCEEDS_DENOMINATOR', field: 'numerator' } }]);
    server = await startTeamsServer({ conversation: core.conversation });
    const res = await server.post(
      activity('invoke-action-execute', {
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'measurement.submit',
            data: { verb: 'measurement.submit', numerator: '30', denominator: '22' },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: text,
    });
    expect(server.connector.calls).toHaveLength(0);
  });

  it('refuses an Action.Execute from a foreign tenant in the invoke response', async () => {
    const core = recordingCore();
    server = await startTeamsServer({
      conversation: core.conversation,
      env: { TEAMS_ALLOWED_TENANTS: 'a-different-tenant' },
    });
    const res = await server.post(activity('invoke-action-execute'));
    expect(core.turns).toHaveLength(0);
    expect(res.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect((res.body as { value: string }).value).toMatch(/ikke tilknyttet/);
  });
});

describe('Teams channel: install events', () => {
  it('stores the reference of a team it is added to and explains how to link the channel', async () => {
    const core = recordingCore();
    server = await startTeamsServer({ conversation: core.conversation });
    await server.post(activity('conversation-update-bot-added-to-team'));

    const ref = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.teamGeneralChannelId);
    expect(ref).toMatchObject({ kind: 'channel', teamId: null, deadAt: null });
    expect(ref!.reference).toMatchObject({
      serviceUrl: server.connector.serviceUrl,
      conversation: { id: FIXTURE.teamGeneralChannelId },
    });
    expect(core.turns).toHaveLength(0);
    const hello = String(server.connector.calls[0]!.activity.text);
    expect(hello).toContain('forbind TEAMKODE');
    expect(hello).toMatch(/tovholder eller teamleder/);
  });

  it('greets a user who installs it personally once, although Teams sends two install events', async () => {
    server = await startTeamsServer({ conversation: recordingCore().conversation });
    await server.post(activity('installation-update-personal'));
    await server.post(
      activity('installation-update-personal', {
        type: 'conversationUpdate',
        action: undefined,
        membersAdded: [{ id: FIXTURE.botId }],
      }),
    );
    const ref = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.personalConversationId);
    expect(ref).toMatchObject({ kind: 'personal' });
    expect(server.connector.calls).toHaveLength(1);
    expect(String(server.connector.calls[0]!.activity.text)).toMatch(/join KODE/);
  });

  it('keeps the reference but does not greet again when the app is upgraded', async () => {
    server = await startTeamsServer({ conversation: recordingCore().conversation });
    await server.post(activity('installation-update-personal', { action: 'remove-upgrade' }));
    await server.post(activity('installation-update-personal', { action: 'add-upgrade' }));
    const ref = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.personalConversationId);
    expect(ref).toMatchObject({ kind: 'personal', deadAt: null });
    expect(server.connector.calls).toHaveLength(0);
  });

  it('ignores other members joining a team', async () => {
    server = await startTeamsServer({ conversation: recordingCore().conversation });
    await server.post(
      activity('conversation-update-bot-added-to-team', {
        membersAdded: [{ id: '29:someone-else', aadObjectId: 'x' }],
      }),
    );
    expect(
      await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.teamGeneralChannelId),
    ).toBeNull();
    expect(server.connector.calls).toHaveLength(0);
  });

  it('marks the reference dead when the bot is uninstalled', async () => {
    server = await startTeamsServer({ conversation: recordingCore().conversation });
    await server.post(activity('installation-update-personal'));
    server.clock.advance(60_000);
    await server.post(activity('installation-update-personal', { action: 'remove' }));
    const ref = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.personalConversationId);
    expect(ref!.deadAt).toEqual(server.clock.now());
  });
});
