import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/channels/slack/block-kit/action-value';
import { createTranslator } from '../../../src/i18n/translator';
import type { DemoSeed } from '../../../src/demo/seed-demo';
import type { SlackApiCall } from '../../support/fake-slack-api';
import type { SlackTestServer } from '../../support/slack-server';
import { buttonsOf, textOfBlocks } from './normalize-block-kit';
import { CLINICIAN, startSeededSlackServer } from './seeded-slack-server';
import { blockActionsBody, commandBody, eventBody, shortcutBody, viewSubmissionBody } from './slack-payloads';
import { modalLimitProblems, slackLimitProblems } from './slack-limit-problems';

const da = createTranslator('da');
type Json = Record<string, any>;

let s: SlackTestServer & { seed: DemoSeed };
beforeEach(async () => {
  s = await startSeededSlackServer();
});
afterEach(() => s.close());

const text = (value: string | null) => ({ v: { type: 'plain_text_input', value } });
const select = (value: string | null) => ({ v: { type: 'static_select', selected_option: value ? { value } : null } });
const lastView = (): Json => {
  const open = s.api.calls.filter((c) => c.method === 'views.open').at(-1);
  expect(open, 'a modal was opened').toBeDefined();
  return open!.body.view as Json;
};
const submit = (view: Json, values: Json, viewId = 'V-form') =>
  s.post(
    viewSubmissionBody({ privateMetadata: view.private_metadata, values, userId: CLINICIAN.userId, viewId }),
    'form',
  );
const vent = () => s.store.measurements.get(s.seed.measures.vent, s.seed.teams.hvidovre, '2026-W48');

describe('forms as Slack modals', () => {
  it('opens the measurement form as a modal right away for "/forbedring måling" (trigger_id used at once)', async () => {
    const body = commandBody({ text: 'måling', responseUrl: s.api.responseUrl('m') });
    const trigger = new URLSearchParams(body).get('trigger_id');
    await s.post(body, 'form');
    const open = s.api.calls.find((c) => c.method === 'views.open');
    expect(open?.body.trigger_id).toBe(trigger);
    const view = open!.body.view as Json;
    expect(view.blocks.filter((b: Json) => b.type === 'input').map((b: Json) => b.block_id)).toEqual([
      'measureId',
      'period',
      'value',
      'note',
    ]);
    expect(modalLimitProblems(view)).toEqual([]);
  });

  it('returns field errors for an invalid value, keeps the other fields, stores nothing; the corrected form stores', async () => {
    await s.post(commandBody({ text: 'måling', responseUrl: s.api.responseUrl('m') }), 'form');
    const view = lastView();
    const typed = {
      measureId: select(s.seed.measures.vent),
      period: text('uge 48'),
      value: text('mange'),
      note: text('ny vagtplan'),
    };
    const res = await submit(view, typed);
    const ack = (await res.json()) as Json;
    expect(ack.response_action).toBe('errors');
    expect(Object.keys(ack.errors)).toEqual(['value']);
    expect(ack.errors.value).toBeTruthy();
    // Slack keeps the modal and everything typed when the answer is `errors` (no update, no new view).
    expect(s.api.calls.filter((c) => ['views.update', 'views.push', 'response_url'].includes(c.method))).toEqual([]);
    expect(await vent()).toBeNull();

    const ok = await submit(view, { ...typed, value: text('16,5') });
    expect(await ok.text()).toBe('');
    expect(await vent()).toMatchObject({ value: 16.5, note: 'ny vagtplan' });
    const reply = s.api.calls.find((c) => c.method === 'response_url' && c.key === 'm');
    expect(textOfBlocks(reply!.body.blocks as Json[])).toContain(da('measurement.fact.median'));
    expect(slackLimitProblems(reply!.body.blocks as Json[], 'message')).toEqual([]);
  });

  it('flags every missing required field at once', async () => {
    await s.post(commandBody({ text: 'måling', responseUrl: s.api.responseUrl('m') }), 'form');
    const ack = (await (
      await submit(lastView(), { measureId: select(null), period: text(null), value: text(null), note: text(null) })
    ).json()) as Json;
    expect(ack).toMatchObject({ response_action: 'errors' });
    expect(Object.keys(ack.errors).sort()).toEqual(['measureId', 'value']);
  });

  it('when the core refuses a value, shows why next to that field and keeps the modal open (see slack-form-refusals)', async () => {
    await s.post(commandBody({ text: 'måling', responseUrl: s.api.responseUrl('m') }), 'form');
    const res = await submit(lastView(), {
      measureId: select(s.seed.measures.op24),
      period: text(''),
      value: text('25/22'),
      note: text('weekend'),
    });
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { value: da('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }) },
    });
    expect(s.api.calls.some((c) => c.method === 'response_url')).toBe(false);
  });

  it('posts a form card in a DM with a button that opens it as a modal; the answer stays in the DM', async () => {
    await s.post(
      eventBody('event-message-im', { text: 'måling', user: CLINICIAN.userId, channel: CLINICIAN.dmId }).body,
      'json',
    );
    const posted = s.api.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === CLINICIAN.dmId)!;
    expect((posted.body.blocks as Json[]).some((b) => b.type === 'input')).toBe(false);
    const open = buttonsOf(posted.body.blocks as Json[]).find((b) => b.title === da('slack.form.open'));
    expect(open?.payload.kind).toBe('form');
    await s.post(
      blockActionsBody({
        value: open!.value,
        actionId: open!.actionId,
        userId: CLINICIAN.userId,
        responseUrl: s.api.responseUrl('dm'),
      }),
      'form',
    );
    await submit(lastView(), {
      measureId: select(s.seed.measures.vent),
      period: text(null),
      value: text('12'),
      note: text(null),
    });
    expect(await vent()).toMatchObject({ value: 12 });
    expect(s.api.calls.some((c) => c.method === 'response_url')).toBe(false);
    const answer = s.api.calls.filter((c) => c.method === 'chat.postMessage').at(-1);
    expect(answer?.body.channel).toBe(CLINICIAN.dmId);
    expect(textOfBlocks(answer!.body.blocks as Json[])).toContain(da('measurement.fact.median'));
  });

  it('opens the form from the global shortcut and answers in the DM', async () => {
    await s.post(shortcutBody({ callbackId: 'fb.measurement', userId: CLINICIAN.userId }), 'form');
    const view = lastView();
    expect(JSON.parse(view.private_metadata as string)).not.toHaveProperty('u');
    await submit(view, {
      measureId: select(s.seed.measures.vent),
      period: text(null),
      value: text('9'),
      note: text(null),
    });
    expect(await vent()).toMatchObject({ value: 9 });
    const reply = s.api.calls.filter((c) => c.method === 'chat.postMessage').at(-1) as SlackApiCall;
    expect(reply.body.channel).toBe(CLINICIAN.userId);
  });

  it('says the form expired when its stored card is gone', async () => {
    const value = JSON.stringify({ f: 'no-such-form' });
    expect(decodeButton(value)).toEqual({ kind: 'form', key: 'no-such-form' });
    await s.post(
      blockActionsBody({ value, userId: CLINICIAN.userId, responseUrl: s.api.responseUrl('old'), ephemeral: true }),
      'form',
    );
    const reply = s.api.calls.find((c) => c.key === 'old');
    expect(reply?.body.text).toBe(da('slack.form.expired'));
    expect(s.api.calls.some((c) => c.method === 'views.open')).toBe(false);
  });
});
