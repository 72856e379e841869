import { generateKeyPairSync, createSign } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthBackoff } from '../../src/channels/teams/auth-backoff';
import type { Conversation } from '../../src/conversation/create-conversation';
import { startTeamsServer, type TeamsTestServer } from '../support/teams-server';
import { activity, FIXTURE } from '../channels/teams/teams-fixtures';

// A forged Bot Framework token (well-formed, signed with someone else's key) is answered 401 with no
// internal detail, whether the signing keys can be fetched or not; a failed key fetch is backed off.

const CREDENTIALS = {
  TEAMS_ALLOW_ANONYMOUS: 'false',
  MICROSOFT_APP_ID: '7a1e4c2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
  MICROSOFT_APP_TENANT_ID: FIXTURE.tenantId,
  MICROSOFT_APP_TYPE: 'SingleTenant',
};

function forgedToken(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = enc({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const body = enc({
    iss: 'https://api.botframework.com',
    aud: CREDENTIALS.MICROSOFT_APP_ID,
    exp: now + 3600,
    nbf: now - 60,
    serviceurl: 'https://smba.trafficmanager.net/emea/',
  });
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Teams edges', () => {
  it('answers a forged, well-formed token with 401 and no internal detail, and runs no handler', async () => {
    let turns = 0;
    const conversation: Conversation = {
      view: async () => null,
      handle: async () => {
        turns++;
        return [];
      },
    };
    server = await startTeamsServer({ conversation, env: CREDENTIALS });
    const token = forgedToken();
    // CloudAdapter prints every authentication failure; here (no network) each one would be a key fetch.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let i = 0; i < 3; i++) {
      const res = await server.post(activity('message-personal'), { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'unauthorized' });
    }
    expect(turns).toBe(0);
    const fetches = printed.mock.calls.filter((args) => String(args[0]).includes('login.botframework.com'));
    printed.mockRestore();
    expect(fetches).toHaveLength(1);
  }, 60_000);

  it('backs off after a failed key fetch (5 s doubling to 5 min) and resets after a success', () => {
    const backoff = createAuthBackoff();
    backoff.failed('Unauthorized. Invalid signature', 0);
    expect(backoff.active(1)).toBe(false);
    backoff.failed(
      'request to https://login.botframework.com/v1/.well-known/openidconfiguration failed, reason: getaddrinfo ENOTFOUND',
      0,
    );
    expect(backoff.active(4_999)).toBe(true);
    expect(backoff.active(5_000)).toBe(false);
    backoff.failed('Failed to load openID config: 503', 5_000);
    expect(backoff.active(14_999)).toBe(true);
    for (let i = 0; i < 10; i++) backoff.failed('Failed to load Keys: 500', 20_000);
    expect(backoff.active(20_000 + 299_999)).toBe(true);
    expect(backoff.active(20_000 + 300_000)).toBe(false);
    backoff.succeeded();
    expect(backoff.active(20_001)).toBe(false);
  });
});
