import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator';
import { signSlackRequest, TEST_SIGNING_SECRET, type SlackTestServer } from '../../support/slack-server';
import type { DemoSeed } from '../../../src/demo/seed-demo';
import { CLINICIAN, startSeededSlackServer } from './seeded-slack-server';
import { commandBody, eventBody } from './slack-payloads';

const da = createTranslator('da');
const en = createTranslator('en');
const nowSec = (s: SlackTestServer) => Math.floor(s.clock.now().getTime() / 1000);

let s: SlackTestServer & { seed: DemoSeed };
afterEach(() => s.close());

describe('Slack request signatures', () => {
  beforeEach(async () => {
    s = await startSeededSlackServer();
  });

  it('accepts a correctly signed slash command, acks it with 200 and answers on the response_url', async () => {
    const res = await s.post(commandBody({ text: 'hjælp', responseUrl: s.api.responseUrl('help') }), 'form');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const answer = s.api.calls.find((c) => c.method === 'response_url' && c.key === 'help');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(answer?.body.blocks)).toContain(da('help.title'));
  });

  it('refuses a forged signature with 401 and does nothing', async () => {
    const body = commandBody({ text: 'måling OP24 18/22', responseUrl: s.api.responseUrl('forged') });
    const forged = signSlackRequest(body, nowSec(s), 'not-the-secret-0123456789abcdef');
    const before = await s.store.measurements.listForTeam(s.seed.teams.hvidovre);
    const res = await s.post(body, 'form', forged);
    expect(res.status).toBe(401);
    expect(s.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(await s.store.measurements.listForTeam(s.seed.teams.hvidovre)).toEqual(before);
  });

  it('refuses a body changed after signing, and a request without signature headers', async () => {
    const body = commandBody({ text: 'hjælp', responseUrl: s.api.responseUrl('x') });
    const headers = signSlackRequest(body, nowSec(s));
    expect((await s.post(body.replace('hj%C3%A6lp', 'status'), 'form', headers)).status).toBe(401);
    expect((await s.post(body, 'form', {})).status).toBe(401);
  });

  it('refuses a replayed request whose timestamp is more than 5 minutes old', async () => {
    const body = commandBody({ text: 'hjælp', responseUrl: s.api.responseUrl('stale') });
    const stale = signSlackRequest(body, nowSec(s) - 5 * 60 - 1, TEST_SIGNING_SECRET);
    const res = await s.post(body, 'form', stale);
    expect(res.status).toBe(401);
    expect(s.api.calls.some((c) => c.key === 'stale')).toBe(false);
    // The same request signed just inside the window is fine.
    const fresh = signSlackRequest(body, nowSec(s) - 4 * 60, TEST_SIGNING_SECRET);
    expect((await s.post(body, 'form', fresh)).status).toBe(200);
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
    const res = await s.post(body, 'json');
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });
});

describe('Events API retries', () => {
  beforeEach(async () => {
    s = await startSeededSlackServer();
  });

  it('stores a retried message once and replies once (X-Slack-Retry-Num, same event_id)', async () => {
    const { body } = eventBody('event-message-im', {
      text: 'måling VENT 12',
      user: CLINICIAN.userId,
      channel: CLINICIAN.dmId,
    });
    const first = await s.post(body, 'json');
    const headers = {
      ...signSlackRequest(body, nowSec(s)),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    };
    const retry = await s.post(body, 'json', headers);
    const again = await s.post(body, 'json', {
      ...signSlackRequest(body, nowSec(s)),
      'x-slack-retry-num': '2',
      'x-slack-retry-reason': 'http_error',
    });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    const audit = await s.store.audit.list({ entity: 'measurement', actorId: s.seed.persons.clinician });
    expect(audit).toHaveLength(1);
    expect(await s.store.measurements.get(s.seed.measures.vent, s.seed.teams.hvidovre, '2026-W48')).toMatchObject({
      value: 12,
    });
    expect(s.api.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('handles two different messages with the same text as two turns', async () => {
    for (const text of ['måling VENT 12', 'måling VENT 12']) {
      await s.post(
        eventBody('event-message-im', { text, user: CLINICIAN.userId, channel: CLINICIAN.dmId }).body,
        'json',
      );
    }
    expect(s.api.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  });
});

describe('workspaces', () => {
  beforeEach(async () => {
    s = await startSeededSlackServer({ env: { SLACK_ALLOWED_WORKSPACES: 'T1,T9' } });
  });

  it('refuses a user from a workspace that is not allowed, in Danish and English, and creates nobody', async () => {
    const persons = (await s.store.persons.list()).length;
    const res = await s.post(
      commandBody({ text: 'hjælp', teamId: 'T2', userId: 'U77', responseUrl: s.api.responseUrl('t2') }),
      'form',
    );
    expect(await res.json()).toEqual({
      response_type: 'ephemeral',
      text: `${da('slack.workspaceRefused')}\n\n${en('slack.workspaceRefused')}`,
    });
    await s.post(
      eventBody('event-message-im', { text: 'hjælp', user: 'U77', channel: 'D77' }, { teamId: 'T2' }).body,
      'json',
    );
    const dm = s.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D77');
    expect(dm?.body.text).toContain(da('slack.workspaceRefused'));
    expect((await s.store.persons.list()).length).toBe(persons);
    expect(await s.store.persons.findByIdentity({ platform: 'slack', tenantId: 'T2', userId: 'U77' })).toBeNull();
  });

  it('creates an unknown user of an allowed workspace as a new person named from users.info', async () => {
    s.api.users.set('U42', { realName: 'Karen Sygeplejerske', locale: 'en-GB' });
    await s.post(
      eventBody('event-message-im', { text: 'hjælp', user: 'U42', channel: 'D42' }, { teamId: 'T9' }).body,
      'json',
    );
    const person = await s.store.persons.findByIdentity({ platform: 'slack', tenantId: 'T9', userId: 'U42' });
    expect(person).toMatchObject({ displayName: 'Karen Sygeplejerske', locale: 'en' });
    expect(s.api.calls.some((c) => c.method === 'users.info' && c.body.user === 'U42')).toBe(true);
    const reply = s.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D42');
    expect(reply?.body.text).toBeTruthy();
  });

  it('links a user to the person `setup` created with the same email on first contact', async () => {
    const actor = { personId: null, at: s.clock.now() };
    const planned = await s.store.persons.create({ displayName: 'Birgitte Lund', email: 'bilu@rsyd.dk' }, actor);
    s.api.users.set('U55', { realName: 'Birgitte L.', email: 'BILU@rsyd.dk' });
    await s.post(
      eventBody('event-message-im', { text: 'hjælp', user: 'U55', channel: 'D55' }, { teamId: 'T9' }).body,
      'json',
    );
    const person = await s.store.persons.findByIdentity({ platform: 'slack', tenantId: 'T9', userId: 'U55' });
    expect(person?.id).toBe(planned.id);
    expect(person?.displayName).toBe('Birgitte Lund');
  });
});
