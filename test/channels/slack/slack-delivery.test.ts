import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../../src/domain';
import type { DemoSeed } from '../../../src/demo/seed-demo';
import { createTranslator } from '../../../src/i18n/translator';
import type { SlackTestServer } from '../../support/slack-server';
import { buttonsOf, imagesOfBlocks } from './normalize-block-kit';
import { CLINICIAN, startSeededSlackServer } from './seeded-slack-server';
import { blockActionsBody, commandBody, eventBody } from './slack-payloads';
import { slackLimitProblems } from './slack-limit-problems';

const da = createTranslator('da');
type Json = Record<string, any>;

let s: SlackTestServer & { seed: DemoSeed };
afterEach(() => s.close());

const dm = (text: string, user: string = CLINICIAN.userId, channel: string = CLINICIAN.dmId) =>
  eventBody('event-message-im', { text, user, channel }).body;

describe('charts in Slack', () => {
  it('uploads the chart PNG with files.uploadV2 (alt text included) after the card when PUBLIC_URL is local', async () => {
    s = await startSeededSlackServer();
    await s.post(dm('graf OP24'), 'json');
    const methods = s.api.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
    expect(methods).toEqual([
      'chat.postMessage',
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    const [message, getUrl, upload, complete] = s.api.calls.filter((c) => c.method !== 'auth.test');
    expect(imagesOfBlocks(message!.body.blocks as Json[])).toEqual([]);
    expect(s.chartRequests).toHaveLength(1);
    expect(s.chartRequests[0]).toMatchObject({ measureId: s.seed.measures.op24, teamId: s.seed.teams.hvidovre });
    expect(getUrl!.body).toMatchObject({
      filename: `run-${s.seed.measures.op24}.png`,
      alt_text: s.chartRequests[0]!.alt,
    });
    expect(String(getUrl!.body.alt_text).length).toBeGreaterThan(0);
    const png = s.chartPngs[0]!;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(Number(getUrl!.body.length)).toBe(png.length);
    expect(upload!.raw!.includes(png)).toBe(true);
    expect(complete!.body).toMatchObject({ channel_id: CLINICIAN.dmId, files: [{ id: upload!.key }] });
  });

  it('shows the signed chart URL as an image block, without uploading, when PUBLIC_URL is public', async () => {
    s = await startSeededSlackServer({ env: { PUBLIC_URL: 'https://forbedringsbot.example.org' } });
    await s.post(dm('graf OP24'), 'json');
    const message = s.api.calls.find((c) => c.method === 'chat.postMessage')!;
    const [image] = imagesOfBlocks(message.body.blocks as Json[]);
    expect(image?.url).toMatch(/^https:\/\/forbedringsbot\.example\.org\/charts\/[A-Za-z0-9_-]+\.png\?e=\d+&s=/);
    expect(image?.alt.length).toBeGreaterThan(0);
    expect(s.chartRequests).toEqual([]);
    expect(s.api.calls.some((c) => c.method.startsWith('files.'))).toBe(false);
  });

  it('tells the user when the chart could not be uploaded there', async () => {
    s = await startSeededSlackServer();
    s.api.fail({ method: 'files.getUploadURLExternal', error: 'not_in_channel' });
    await s.post(dm('graf OP24'), 'json');
    const posts = s.api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.at(-1)?.body.text).toBe(da('slack.chart.notShown'));
  });
});

describe('rate limits (HTTP 429)', () => {
  it('waits Retry-After for the limited channel only; another conversation is answered meanwhile', async () => {
    let release!: () => void;
    let sleeping!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const asleep = new Promise<void>((r) => (sleeping = r));
    s = await startSeededSlackServer({
      sleep: async () => {
        sleeping();
        await held;
      },
    });
    await s.store.persons.linkIdentity(
      s.seed.persons.clinicianAarhus,
      { platform: 'slack', tenantId: 'T1', userId: 'U2' },
      { personId: null, at: s.clock.now() },
    );
    s.api.fail({ method: 'chat.postMessage', channel: CLINICIAN.dmId, retryAfter: 7 });

    await s.post(dm('hjælp'), 'json', undefined, { wait: false });
    await asleep;
    await s.post(dm('hjælp', 'U2', 'D2'), 'json', undefined, { wait: false });
    await s.api.waitForCall((c) => c.method === 'chat.postMessage' && c.body.channel === 'D2');
    expect(s.api.calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === CLINICIAN.dmId)).toBe(false);

    release();
    await s.channel.idle();
    expect(s.sleeps).toEqual([7000]);
    expect(s.api.failed.map((c) => c.body.channel)).toEqual([CLINICIAN.dmId]);
    expect(
      s.api.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === CLINICIAN.dmId),
    ).toHaveLength(1);
  });
});

describe('response_url', () => {
  it('answers in the DM when the response_url has expired or fails', async () => {
    s = await startSeededSlackServer();
    s.api.fail({ method: 'response_url', error: 'expired_url' });
    await s.post(commandBody({ text: 'hjælp', responseUrl: s.api.responseUrl('gone') }), 'form');
    expect(s.api.failed.map((c) => c.key)).toEqual(['gone']);
    const dm = s.api.calls.find((c) => c.method === 'chat.postMessage');
    expect(dm?.body.channel).toBe(CLINICIAN.userId);
    expect(JSON.stringify(dm?.body.blocks)).toContain(da('help.title'));
  });
});

describe('the Slack notifier (proactive messages for the scheduler)', () => {
  const ref = (conversationId: string): ConversationRef => ({
    id: 'ref-1',
    platform: 'slack',
    tenantId: 'T1',
    conversationId,
    kind: 'channel',
    personId: null,
    teamId: null,
    reference: { channel: conversationId },
    deadAt: null,
    updatedAt: new Date('2026-11-26T09:00:00Z'),
  });

  it('posts text and cards as Block Kit and reports success', async () => {
    s = await startSeededSlackServer();
    const [reply] = await s.conversation.handle({
      channel: 'slack',
      identity: { platform: 'slack', tenantId: 'T1', userId: CLINICIAN.userId },
      conversation: { id: 'C1', kind: 'channel', tenantId: 'T1' },
      text: 'hjælp',
    });
    const card = reply!.card!;
    expect(
      await s.channel.notifier.send(ref('C1'), {
        text: card.summary,
        card: { template: card.template, data: card.data },
      }),
    ).toEqual({ ok: true });
    expect(await s.channel.notifier.send(ref('C2'), { text: 'Husk at indberette data for uge 48' })).toEqual({
      ok: true,
    });
    const [withCard, plain] = s.api.calls.filter((c) => c.method === 'chat.postMessage');
    expect(withCard!.body).toMatchObject({ channel: 'C1', text: card.summary });
    expect(slackLimitProblems(withCard!.body.blocks as Json[], 'message')).toEqual([]);
    expect(plain!.body).toMatchObject({ channel: 'C2', text: 'Husk at indberette data for uge 48' });
  });

  it('maps 429 to retryable with Retry-After in ms, at once, without waiting itself', async () => {
    s = await startSeededSlackServer();
    s.api.fail({ method: 'chat.postMessage', channel: 'C1', retryAfter: 30 });
    expect(await s.channel.notifier.send(ref('C1'), { text: 'x' })).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 30_000,
      reason: 'rate_limited',
    });
    expect(s.sleeps).toEqual([]);
    expect(s.api.failed).toHaveLength(1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'account_inactive', 'is_archived'])(
    'maps %s to gone',
    async (error) => {
      s = await startSeededSlackServer();
      s.api.fail({ method: 'chat.postMessage', error });
      expect(await s.channel.notifier.send(ref('C1'), { text: 'x' })).toEqual({
        ok: false,
        retryable: false,
        gone: true,
        reason: error,
      });
    },
  );

  it('maps a refused payload to a permanent failure and a Slack outage to retryable', async () => {
    s = await startSeededSlackServer();
    s.api.fail({ method: 'chat.postMessage', error: 'invalid_blocks' });
    expect(await s.channel.notifier.send(ref('C1'), { text: 'x' })).toEqual({
      ok: false,
      retryable: false,
      gone: false,
      reason: 'invalid_blocks',
    });
    s.api.fail({ method: 'chat.postMessage', error: 'service_unavailable' });
    expect(await s.channel.notifier.send(ref('C1'), { text: 'x' })).toEqual({
      ok: false,
      retryable: true,
      reason: 'service_unavailable',
    });
    s.api.fail({ method: 'chat.postMessage', error: 'invalid_auth' });
    expect(await s.channel.notifier.send(ref('C1'), { text: 'x' })).toMatchObject({
      ok: false,
      retryable: false,
      gone: false,
    });
  });
});

describe('private answers with a chart (no public PUBLIC_URL, e.g. Socket Mode)', () => {
  it('never uploads the chart into the channel: it goes to the DM and the private answer says so', async () => {
    s = await startSeededSlackServer();
    await s.post(
      commandBody({
        text: 'graf OP24',
        channelId: 'C0SHARED',
        userId: CLINICIAN.userId,
        responseUrl: s.api.responseUrl('private'),
      }),
      'form',
    );
    const complete = s.api.calls.find((c) => c.method === 'files.completeUploadExternal');
    expect(complete?.body.channel_id).toBe(`D${CLINICIAN.userId}`);
    expect(
      s.api.calls.some(
        (c) => c.method.startsWith('files.') && (c.body.channel_id === 'C0SHARED' || c.body.channel === 'C0SHARED'),
      ),
    ).toBe(false);
    const privateTexts = s.api.calls.filter((c) => c.method === 'response_url').map((c) => String(c.body.text));
    expect(privateTexts).toContain(da('slack.chart.sentToDm'));
  });
});

describe('cards that stay current', () => {
  it('answers a button press in the bot DM by updating the pressed message (chat.update), not with a second card', async () => {
    s = await startSeededSlackServer();
    await s.post(dm('hjælp'), 'json');
    const help = s.api.calls.find((c) => c.method === 'chat.postMessage')!;
    const button = buttonsOf(help.body.blocks as Json[]).find((b) => b.title === 'Status')!;
    const before = s.api.calls.length;
    await s.post(
      blockActionsBody({
        value: button.value,
        actionId: button.actionId,
        userId: CLINICIAN.userId,
        channelId: CLINICIAN.dmId,
      }),
      'form',
    );
    const after = s.api.since(before).filter((c) => c.method.startsWith('chat.'));
    expect(after[0]).toMatchObject({
      method: 'chat.update',
      body: { channel: CLINICIAN.dmId, ts: '1764147600.000400' },
    });
    expect((after[0]!.body.blocks as Json[]).length).toBeGreaterThan(0);
    expect(
      after.filter(
        (c) =>
          c.method === 'chat.postMessage' && (c.body.blocks as Json[] | undefined)?.some((b) => b.type === 'actions'),
      ),
    ).toEqual([]);
  });

  it('updates the bot’s seminar card in a channel in place after an RSVP and answers the presser privately once', async () => {
    s = await startSeededSlackServer();
    const [seminar] = await s.store.seminars.listByCollaborative(s.seed.collaborativeId);
    const channel = 'C0TEAM';
    const turn = {
      channel: 'slack' as const,
      identity: { platform: 'slack' as const, tenantId: 'T1', userId: CLINICIAN.userId },
      conversation: { id: channel, kind: 'channel' as const, tenantId: 'T1' },
      action: { verb: 'seminar.card', data: { seminarId: seminar!.id } },
    };
    // The card the scheduler posts to a linked team channel: the shared view (no one's answer).
    const card = (await s.conversation.view(turn, 'everyone'))!.card!;
    expect(card.refresh).toMatchObject({ verb: 'seminar.card' });
    const notifier = s.channel.notifier;
    const ref: ConversationRef = {
      id: 'ref-team',
      platform: 'slack',
      tenantId: 'T1',
      conversationId: channel,
      kind: 'channel',
      personId: null,
      teamId: null,
      reference: { channel },
      deadAt: null,
      updatedAt: s.clock.now(),
    };
    expect(await notifier.send(ref, { text: card.summary, card })).toEqual({ ok: true });
    const posted = s.api.calls.find((c) => c.method === 'chat.postMessage')!;
    const attend = buttonsOf(posted.body.blocks as Json[]).find((b) => b.title === da('seminar.rsvp.yes'))!;
    const before = s.api.calls.length;
    await s.post(
      blockActionsBody({
        value: attend.value,
        actionId: attend.actionId,
        userId: CLINICIAN.userId,
        channelId: channel,
        responseUrl: s.api.responseUrl('rsvp'),
        messageBlocks: posted.body.blocks as Json[],
      }),
      'form',
    );
    const after = s.api.since(before).filter((c) => c.method.startsWith('chat.') || c.method === 'response_url');
    expect(after.map((c) => c.method)).toEqual(['chat.update', 'response_url']);
    const [update, privately] = after;
    expect(update!.body).toMatchObject({ channel, ts: '1764147600.000400' });
    const shared = JSON.stringify(update!.body.blocks);
    expect(shared).not.toContain('Dit svar');
    expect(buttonsOf(update!.body.blocks as Json[]).map((b) => b.title)).toEqual([
      da('seminar.rsvp.yes'),
      da('seminar.rsvp.no'),
    ]);
    expect(privately!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(privately!.body.text)).toBe(da('seminar.rsvp.thanksYes', { title: seminar!.title }));
    expect(JSON.stringify(privately!.body.blocks ?? [])).not.toContain('"actions"');
    const rsvps = await s.store.seminars.rsvps(seminar!.id);
    expect(rsvps.find((r) => r.personId === s.seed.persons.clinician)).toMatchObject({ attending: true });
  });

  it('answers a press on a channel card whose answer is another card privately, leaving the message alone', async () => {
    s = await startSeededSlackServer();
    const channel = 'C0TEAM';
    const turn = {
      channel: 'slack' as const,
      identity: { platform: 'slack' as const, tenantId: 'T1', userId: CLINICIAN.userId },
      conversation: { id: channel, kind: 'channel' as const, tenantId: 'T1' },
      text: 'hjælp',
    };
    const [help] = await s.conversation.handle(turn);
    const ref = { id: 'r', platform: 'slack', tenantId: 'T1', conversationId: channel, kind: 'channel' } as const;
    await s.channel.notifier.send(
      { ...ref, personId: null, teamId: null, reference: { channel }, deadAt: null, updatedAt: s.clock.now() },
      { text: help!.card!.summary, card: help!.card! },
    );
    const posted = s.api.calls.find((c) => c.method === 'chat.postMessage')!;
    const status = buttonsOf(posted.body.blocks as Json[]).find((b) => b.title === 'Status')!;
    const before = s.api.calls.length;
    await s.post(
      blockActionsBody({
        value: status.value,
        actionId: status.actionId,
        userId: CLINICIAN.userId,
        channelId: channel,
        responseUrl: s.api.responseUrl('status'),
        messageBlocks: posted.body.blocks as Json[],
      }),
      'form',
    );
    const after = s.api.since(before).filter((c) => c.method.startsWith('chat.') || c.method === 'response_url');
    expect(after.map((c) => c.method)).toEqual(['response_url']);
  });
});
