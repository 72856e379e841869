import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../src/cards/render-adaptive-card';
import { buildSlackMessage } from '../../../src/channels/slack/slack-message';
import { createSlackState } from '../../../src/channels/slack/slack-state';
import { createTranslator } from '../../../src/i18n/translator';
import type { DemoSeed } from '../../../src/demo/seed-demo';
import type { SlackTestServer } from '../../support/slack-server';
import { buttonsOf, textOfBlocks } from './normalize-block-kit';
import { CLINICIAN, startSeededSlackServer } from './seeded-slack-server';
import { blockActionsBody, commandBody, eventBody } from './slack-payloads';
import { slackLimitProblems } from './slack-limit-problems';

const da = createTranslator('da');
type Json = Record<string, any>;

let s: SlackTestServer & { seed: DemoSeed };
beforeEach(async () => {
  s = await startSeededSlackServer();
});
afterEach(() => s.close());

const publishes = () => s.api.calls.filter((c) => c.method === 'views.publish');
const openHome = () =>
  s.post(eventBody('event-app-home-opened', { user: CLINICIAN.userId, channel: CLINICIAN.dmId }).body, 'json');

describe('App Home', () => {
  it("publishes the user's teams, measures vs goal with signals, active PDSA cycles and shortcut buttons", async () => {
    await openHome();
    const [home] = publishes();
    expect(home?.body.user_id).toBe(CLINICIAN.userId);
    const view = home!.body.view as Json;
    expect(view.type).toBe('home');
    expect(slackLimitProblems(view.blocks, 'home')).toEqual([]);
    const text = textOfBlocks(view.blocks);
    expect(text).toContain(da('slack.home.title'));
    expect(text).toContain('Hoftefraktur-teamet Hvidovre');
    expect(text).toContain('OP24');
    expect(text).toContain('VENT');
    expect(text).toContain('Femoralisblok i akutmodtagelsen');
    const shortcuts = buttonsOf(view.blocks)
      .filter((b) => b.payload.kind === 'text')
      .map((b) => b.title);
    expect(shortcuts).toEqual([
      da('slack.home.logMeasurement'),
      da('slack.home.newPdsa'),
      da('slack.home.pdsaList'),
      da('slack.home.help'),
    ]);
  });

  it('is republished after the user logs something, once they have opened it', async () => {
    await openHome();
    await s.post(
      eventBody('event-message-im', { text: 'måling VENT 12', user: CLINICIAN.userId, channel: CLINICIAN.dmId }).body,
      'json',
    );
    expect(publishes()).toHaveLength(2);
    expect(textOfBlocks((publishes()[1]!.body.view as Json).blocks)).toContain('12');
  });

  it('is not published for users who never opened it', async () => {
    await s.post(
      eventBody('event-message-im', { text: 'måling VENT 12', user: CLINICIAN.userId, channel: CLINICIAN.dmId }).body,
      'json',
    );
    expect(publishes()).toEqual([]);
  });

  it('opens the measurement form as a modal from the Home shortcut button', async () => {
    await openHome();
    const log = buttonsOf((publishes()[0]!.body.view as Json).blocks).find(
      (b) => b.title === da('slack.home.logMeasurement'),
    )!;
    await s.post(
      blockActionsBody({ value: log.value, actionId: log.actionId, userId: CLINICIAN.userId, channelId: null }),
      'form',
    );
    const open = s.api.calls.find((c) => c.method === 'views.open');
    expect((open?.body.view as Json | undefined)?.blocks.some((b: Json) => b.block_id === 'value')).toBe(true);
  });
});

describe('messages, mentions and commands', () => {
  it('answers an @mention in a channel thread, without the mention in the text the core reads', async () => {
    const { body } = eventBody('event-app-mention', {
      text: '<@U_BOT> måling VENT 14',
      user: CLINICIAN.userId,
      channel: 'C1',
      ts: '1764147600.000900',
    });
    await s.post(body, 'json');
    const reply = s.api.calls.find((c) => c.method === 'chat.postMessage');
    expect(reply?.body).toMatchObject({ channel: 'C1', thread_ts: '1764147600.000900' });
    expect(await s.store.measurements.get(s.seed.measures.vent, s.seed.teams.hvidovre, '2026-W48')).toMatchObject({
      value: 14,
    });
    expect(await s.store.conversationRefs.find('slack', 'T1', 'C1')).toMatchObject({
      kind: 'channel',
      reference: { channel: 'C1' },
    });
  });

  it('ignores edits, bot messages and its own posts in the DM', async () => {
    await s.post(
      eventBody('event-message-im', { text: 'måling VENT 1', user: CLINICIAN.userId, subtype: 'message_changed' }).body,
      'json',
    );
    await s.post(
      eventBody('event-message-im', { text: 'måling VENT 2', user: 'U_OTHERBOT', bot_id: 'B9' }).body,
      'json',
    );
    await s.post(eventBody('event-message-im', { text: 'Måling gemt', user: 'U_BOT', bot_id: 'B_BOT' }).body, 'json');
    expect(s.api.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect(await s.store.measurements.get(s.seed.measures.vent, s.seed.teams.hvidovre, '2026-W48')).toBeNull();
  });

  it('stores a measurement from the slash command in a channel and answers ephemerally', async () => {
    await s.post(
      commandBody({ text: 'måling OP24 18/22', channelId: 'C7', responseUrl: s.api.responseUrl('c7') }),
      'form',
    );
    expect(await s.store.measurements.get(s.seed.measures.op24, s.seed.teams.hvidovre, '2026-W48')).toMatchObject({
      numerator: 18,
      denominator: 22,
    });
    const reply = s.api.calls.find((c) => c.key === 'c7');
    expect(reply?.body.response_type).toBe('ephemeral');
    const undo = buttonsOf(reply!.body.blocks as Json[]).find(
      (b) => b.payload.kind === 'action' && b.payload.action.verb === 'measurement.undo',
    );
    expect(undo).toBeDefined();
    await s.post(
      blockActionsBody({
        value: undo!.value,
        actionId: undo!.actionId,
        userId: CLINICIAN.userId,
        channelId: 'C7',
        responseUrl: s.api.responseUrl('undo'),
        ephemeral: true,
      }),
      'form',
    );
    expect(await s.store.measurements.get(s.seed.measures.op24, s.seed.teams.hvidovre, '2026-W48')).toBeNull();
    expect(s.api.calls.some((c) => c.key === 'undo')).toBe(true);
  });

  it('keeps payloads longer than a button value in the store and still delivers the click', async () => {
    const long = { verb: 'help.show', note: 'x'.repeat(2500) };
    const state = createSlackState(s.store, s.clock);
    const choice = {
      title: 'Vælg',
      text: 'Hvilken?',
      buttons: [{ title: 'Lang', verb: 'help.show', data: long, style: 'default', inputs: 'none' }],
    };
    const message = await buildSlackMessage(
      { card: { template: 'choice', summary: 'Vælg', data: choice } },
      { renderCard: renderAdaptiveCard, state, publicImages: false },
      da,
    );
    const [button] = buttonsOf(message.blocks as Json[]);
    expect(button!.value.length).toBeLessThanOrEqual(2000);
    expect(button!.payload.kind).toBe('ref');
    await s.post(
      blockActionsBody({
        value: button!.value,
        userId: CLINICIAN.userId,
        responseUrl: s.api.responseUrl('long'),
        ephemeral: true,
      }),
      'form',
    );
    expect(s.api.calls.find((c) => c.key === 'long')?.body.text).toBeTruthy();
  });
});
