// With Bot Framework credentials configured, /api/messages authenticates every request (CloudAdapter's JWT
// check): a request without a valid token is answered 401 and reaches no handler.
import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../src/conversation/create-conversation';
import type { Turn } from '../../../src/conversation/turn';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { activity, FIXTURE } from './teams-fixtures';

const CREDENTIALS = {
  TEAMS_ALLOW_ANONYMOUS: 'false',
  MICROSOFT_APP_ID: '7a1e4c2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
  MICROSOFT_APP_TENANT_ID: FIXTURE.tenantId,
  MICROSOFT_APP_TYPE: 'SingleTenant',
};

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const turns: Turn[] = [];
  const conversation: Conversation = {
    view: async () => null,
    async handle(turn) {
      turns.push(turn);
      return [{ text: 'should never be sent' }];
    },
  };
  server = await startTeamsServer({ conversation, env: CREDENTIALS });
  return { server, turns };
}

describe('Teams channel: authentication', () => {
  it('answers 401 to a message without an Authorization header and runs no handler', async () => {
    const { server, turns } = await start();
    const res = await server.post(activity('message-personal'));
    expect(res.status).toBe(401);
    expect(turns).toHaveLength(0);
    expect(server.connector.calls).toHaveLength(0);
  });

  it('answers 401 to a card action with a malformed bearer token', async () => {
    const { server, turns } = await start();
    const res = await server.post(activity('invoke-action-execute'), { authorization: 'Bearer not.a.jwt' });
    expect(res.status).toBe(401);
    expect(turns).toHaveLength(0);
  });

  it('does not store a conversation reference for an unauthenticated install event', async () => {
    const { server } = await start();
    const res = await server.post(activity('conversation-update-bot-added-to-team'), { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
    expect(
      await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.teamGeneralChannelId),
    ).toBeNull();
  });
});
