// End to end through the real core and a real store: Teams activities in over HTTP, replies out through
// the fake connector. Retries and double-pressed card buttons store once.
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeAdaptiveCard } from '../../contract/normalize-adaptive-card';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { seedTeam } from './seed-team';
import { activity, FIXTURE } from './teams-fixtures';

const LEAD_AAD = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  server = await startTeamsServer();
  const seeded = await seedTeam(server.store, server.clock.now(), {
    [FIXTURE.aadObjectId]: { name: 'Mette Hansen', role: 'member' },
    [LEAD_AAD]: { name: 'Lars Lead', role: 'lead' },
  });
  return { server, ...seeded };
}

/** POSTs an activity and returns its HTTP answer plus the activities the bot sent meanwhile. */
async function exchange(s: TeamsTestServer, a: Record<string, unknown>) {
  const from = s.connector.calls.length;
  const res = await s.post(a);
  return { ...res, sent: s.connector.since(from).map((c) => c.activity) };
}

function cardsOf(sent: Array<Record<string, unknown>>) {
  return sent.flatMap((a) => ((a.attachments as Array<{ content: unknown }> | undefined) ?? []).map((x) => x.content));
}

/** The form card's submit button data, as Teams would send it with the typed inputs merged in. */
async function measurementFormSubmit(s: TeamsTestServer, measureId: string) {
  const { sent } = await exchange(s, activity('message-personal', { text: 'måling' }));
  const form = normalizeAdaptiveCard(cardsOf(sent)[0]);
  const submit = form.actions.find((a) => a.data.verb === 'measurement.submit');
  expect(submit, JSON.stringify(form)).toBeDefined();
  return { ...submit!.data, measureId, period: 'uge 47', numerator: '18', denominator: '22' };
}

describe('Teams channel with the conversation core', () => {
  it('links a first-time user to the person set up with their email, asking the Teams roster once', async () => {
    server = await startTeamsServer();
    const actor = { personId: null, at: server.clock.now() };
    const planned = await server.store.persons.create({ displayName: 'Birgitte Lund', email: 'bilu@rsyd.dk' }, actor);
    const a = activity('message-personal', { text: 'hjælp' });
    const fromId = String((a.from as { id: string }).id);
    server.connector.members.set(fromId, {
      id: fromId,
      name: 'Birgitte L.',
      email: 'BILU@rsyd.dk',
      userPrincipalName: 'bilu@rsyd.dk',
    });
    await exchange(server, a);
    const linked = await server.store.persons.findByIdentity({
      platform: 'teams',
      tenantId: FIXTURE.tenantId,
      userId: FIXTURE.aadObjectId,
    });
    expect(linked?.id).toBe(planned.id);
    await exchange(server, activity('message-personal', { text: 'hjælp' }));
    expect(server.connector.memberLookups).toEqual([fromId]);
  });

  it('creates the person unlinked when the roster lookup fails', async () => {
    server = await startTeamsServer();
    const { status, sent } = await exchange(server, activity('message-personal', { text: 'hjælp' }));
    expect(status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    const person = await server.store.persons.findByIdentity({
      platform: 'teams',
      tenantId: FIXTURE.tenantId,
      userId: FIXTURE.aadObjectId,
    });
    expect(person?.email).toBeNull();
  });

  it('stores a quick-text measurement and confirms it', async () => {
    const { server, team, measure } = await start();
    const { status, sent } = await exchange(server, activity('message-personal'));
    expect(status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    const stored = await server.store.measurements.get(measure.id, team.id, '2026-W47');
    expect(stored).toMatchObject({ numerator: 18, denominator: 22 });
  });

  it('handles a retried activity (same id) once', async () => {
    const { server, team, measure } = await start();
    const a = activity('message-personal');
    const first = await exchange(server, a);
    const retry = await exchange(server, a);
    expect(first.sent.length).toBeGreaterThan(0);
    expect(retry.status).toBe(200);
    // Teams retries when it did not see the answer: the retry gets the first attempt's replies again.
    expect(retry.sent.map((s) => JSON.stringify(s))).toEqual(first.sent.map((s) => JSON.stringify(s)));
    expect(await server.store.measurements.series(measure.id, team.id)).toHaveLength(1);
  });

  it('stores once when an Action.Execute button is pressed twice, and refreshes the card the first time', async () => {
    const { server, team, measure } = await start();
    const data = await measurementFormSubmit(server, measure.id);
    const press = () =>
      exchange(
        server!,
        activity('invoke-action-execute', {
          value: { action: { type: 'Action.Execute', verb: 'measurement.submit', data }, trigger: 'manual' },
        }),
      );
    const first = await press();
    const second = await press();

    expect(first.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { version: '1.5' },
    });
    const refreshed = normalizeAdaptiveCard((first.body as { value: unknown }).value);
    expect(refreshed.actions.some((a) => a.data.verb === 'measurement.submit')).toBe(false);
    expect(second.status).toBe(200);
    const series = await server.store.measurements.series(measure.id, team.id);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ periodKey: '2026-W47', numerator: 18, denominator: 22 });
  });

  it('stores once when an Action.Submit (fallback) is sent twice', async () => {
    const { server, team, measure } = await start();
    const data = await measurementFormSubmit(server, measure.id);
    const first = await exchange(server, activity('action-submit', { value: data }));
    const second = await exchange(server, activity('action-submit', { value: data }));
    expect(first.sent.length).toBeGreaterThan(0);
    expect(second.sent.length).toBeGreaterThan(0);
    expect(await server.store.measurements.series(measure.id, team.id)).toHaveLength(1);
  });

  it('lets a team lead link a channel with an @mention, so proactive messages to the team reach it', async () => {
    const { server, team } = await start();
    await server.post(activity('conversation-update-bot-added-to-team'));
    const invite = await server.store.invites.create(
      { teamId: team.id, role: 'member', expiresAt: new Date(server.clock.now().getTime() + 86_400_000) },
      { personId: null, at: server.clock.now() },
    );
    const lead = { id: '29:lead-scrubbed', name: 'Lars Lead', aadObjectId: LEAD_AAD };
    const mention = activity('message-channel-mention', {
      from: lead,
      text: `<at>Forbedringsbot</at> forbind ${invite.code}`,
      conversation: { id: `${FIXTURE.teamGeneralChannelId};messageid=1763889999000` },
    });
    const { sent } = await exchange(server, mention);
    expect(sent.map((a) => a.text)).toEqual([expect.stringMatching(/forbundet med Ortopædkirurgisk afd. Hvidovre/)]);

    const refs = await server.store.conversationRefs.forTeam(team.id);
    expect(refs.map((r) => r.conversationId)).toEqual([FIXTURE.teamGeneralChannelId]);
    const from = server.connector.calls.length;
    expect(await server.channel.notifier.send(refs[0]!, { text: 'Husk data for uge 47' })).toEqual({ ok: true });
    const [post] = server.connector.since(from);
    expect(post).toMatchObject({
      conversationId: FIXTURE.teamGeneralChannelId,
      activity: { text: 'Husk data for uge 47' },
    });
    expect(post!.activityId).toBeUndefined();
  });

  it('refuses a member from linking a channel', async () => {
    const { server, team } = await start();
    await server.post(activity('conversation-update-bot-added-to-team'));
    const { sent } = await exchange(
      server,
      activity('message-channel-mention', {
        text: '<at>Forbedringsbot</at> forbind',
        conversation: { id: `${FIXTURE.teamGeneralChannelId};messageid=1763889999111` },
      }),
    );
    expect(sent.map((a) => a.text)).toEqual(['Det kan kun teamets leder, en tovholder eller en administrator.']);
    expect(await server.store.conversationRefs.forTeam(team.id)).toEqual([]);
  });
});
