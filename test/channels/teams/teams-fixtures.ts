// Loads the captured (scrubbed) Teams activity payloads in test/fixtures/teams/ and varies them per test.
import { readFileSync } from 'node:fs';

/** The fixtures' ids: the tenant, the bot and the user who speaks in them. */
export const FIXTURE = {
  tenantId: '5f3b1c2e-8a4d-4e6f-9b7a-2c1d0e9f8a7b',
  botId: '28:7a1e4c2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
  aadObjectId: '0b2c9a4e-7f61-4d3a-b5c8-1e2f3a4b5c6d',
  personalConversationId: 'a:1Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Qw9Er1Ty3Ui5Op7As9Df1Gh-scrubbed',
  channelId: '19:4f8e2d1c0b9a48e7a6d5c4b3a2918f7e@thread.tacv2',
  teamGeneralChannelId: '19:9c8b7a6f5e4d4c3b2a1f0e9d8c7b6a5f@thread.tacv2',
} as const;

/** Names of the fixture files (without .json). */
export type FixtureName =
  | 'message-personal'
  | 'message-channel-mention'
  | 'action-submit'
  | 'invoke-action-execute'
  | 'conversation-update-bot-added-to-team'
  | 'installation-update-personal'
  | 'conversation-update-member-added'
  | 'conversation-update-bot-removed-from-team';

type Json = Record<string, unknown>;
let counter = 0;

/** A fixture with a fresh activity id and shallow overrides (objects one level deep are merged). */
export function activity(name: FixtureName, overrides: Json = {}): Json {
  const base = JSON.parse(readFileSync(new URL(`../../fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Json;
  const out: Json = { ...base, id: `${String(base.id)}-${++counter}` };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? { ...(current as Json), ...(value as Json) }
        : value;
  }
  return out;
}

/** The `from`/`conversation` of a given user in their personal chat (for multi-user tests). */
export function personalUser(aadObjectId: string, name: string): Json {
  return {
    from: { id: `29:user-${aadObjectId}`, name, aadObjectId },
    conversation: { conversationType: 'personal', tenantId: FIXTURE.tenantId, id: `a:personal-${aadObjectId}` },
  };
}

/** A roster member (TeamsChannelAccount as `pagedmembers` returns it) built on the captured fixture's shape. */
export function rosterMember(key: string, name: string, email: string): Json {
  const page = JSON.parse(
    readFileSync(new URL('../../fixtures/teams/paged-members.json', import.meta.url), 'utf8'),
  ) as { members: Json[] };
  const [givenName, surname] = name.split(' ');
  return {
    ...page.members[0]!,
    id: `29:1${key}-roster-id`,
    name,
    aadObjectId: `aad-${key}`,
    givenName,
    surname,
    email,
    userPrincipalName: email.toLowerCase(),
  };
}
