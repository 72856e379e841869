// The channel contract's driver for Teams: a person talks to the bot with Bot Framework activities POSTed
// to /api/messages of the running server; replies are the activities the fake connector received plus,
// for Action.Execute, the refreshed card or the message (a refusal) of the invoke response.
import type { ChannelDriver, ContractFixture } from '../../contract/channel-contract';
import { normalizeTextAndCard, type NormalizedReply } from '../../contract/normalize-adaptive-card';
import { createTranslator } from '../../../src/i18n/translator';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { activity, FIXTURE, personalUser } from './teams-fixtures';

/** How a press reaches the bot: Universal Actions (invoke) or the Action.Submit fallback (message with value). */
export type PressMode = 'execute' | 'submit';

/** The Teams driver plus its server, for Teams-specific assertions. */
export interface TeamsDriver extends ChannelDriver {
  server: TeamsTestServer;
}

type Json = Record<string, unknown>;
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
const RECEIPTS = new Set([
  createTranslator('da')('teams.actionReceived'),
  createTranslator('en')('teams.actionReceived'),
]);

/** Builds the driver on the fixture's store and clock; each person gets an AAD id and a personal chat. */
export async function makeTeamsDriver(
  fixture: Pick<ContractFixture, 'store' | 'clock'>,
  mode: PressMode = 'execute',
): Promise<TeamsDriver> {
  const server = await startTeamsServer({ store: fixture.store, clock: fixture.clock });
  const users = new Map<string, Json>();

  async function teamsUser(personId: string): Promise<Json> {
    let user = users.get(personId);
    if (!user) {
      const aad = `00000000-0000-4000-8000-${String(users.size + 1).padStart(12, '0')}`;
      const person = await fixture.store.persons.get(personId);
      user = personalUser(aad, person?.displayName ?? 'Kliniker');
      await fixture.store.persons.linkIdentity(
        personId,
        { platform: 'teams', tenantId: FIXTURE.tenantId, userId: aad },
        { personId: null, at: fixture.clock.now() },
      );
      users.set(personId, user);
    }
    return user;
  }

  async function exchange(a: Json): Promise<NormalizedReply[]> {
    const from = server.connector.calls.length;
    const res = await server.post(a);
    if (res.status !== 200) throw new Error(`POST /api/messages → ${res.status}: ${JSON.stringify(res.body)}`);
    const replies: NormalizedReply[] = [];
    const body = res.body as { type?: string; value?: unknown } | undefined;
    if (body?.type === ADAPTIVE) replies.push(normalizeTextAndCard({ card: body.value }));
    // The invoke's message is shown under the pressed card: a refusal is a reply; the plain receipt is not.
    if (body?.type === MESSAGE && typeof body.value === 'string' && !RECEIPTS.has(body.value))
      replies.push(normalizeTextAndCard({ text: body.value }));
    for (const call of server.connector.since(from)) {
      const attachments =
        (call.activity.attachments as Array<{ contentType: string; content: unknown }> | undefined) ?? [];
      const card = attachments.find((x) => x.contentType === ADAPTIVE)?.content;
      replies.push(normalizeTextAndCard({ text: call.activity.text as string | undefined, card }));
    }
    return replies;
  }

  return {
    server,
    store: fixture.store,
    clock: fixture.clock,
    async say(personId, text) {
      return exchange(activity('message-personal', { ...(await teamsUser(personId)), text }));
    },
    async press(personId, actionData) {
      const user = await teamsUser(personId);
      const verb = String(actionData.verb);
      if (mode === 'submit') return exchange(activity('action-submit', { ...user, value: actionData }));
      return exchange(
        activity('invoke-action-execute', {
          ...user,
          value: { action: { type: 'Action.Execute', verb, data: actionData }, trigger: 'manual' },
        }),
      );
    },
    close: () => server.close(),
  };
}
