import { afterEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/channels/slack/block-kit/action-value';
import { periodLabel } from '../../../src/domain';
import { createTranslator } from '../../../src/i18n/translator';
import type { DemoSeed } from '../../../src/demo/seed-demo';
import type { SlackServerOptions, SlackTestServer } from '../../support/slack-server';
import { buttonsOf, textOfBlocks } from './normalize-block-kit';
import { CLINICIAN, startSeededSlackServer } from './seeded-slack-server';
import { blockActionsBody, commandBody, viewSubmissionBody } from './slack-payloads';

const da = createTranslator('da');
const en = createTranslator('en');
type Json = Record<string, any>;

let s: SlackTestServer & { seed: DemoSeed };
const start = async (options: SlackServerOptions = {}) => {
  s = await startSeededSlackServer(options);
};
afterEach(() => s.close());

const text = (value: string | null) => ({ v: { type: 'plain_text_input', value } });
const select = (value: string | null) => ({ v: { type: 'static_select', selected_option: value ? { value } : null } });
const lastView = (): Json => s.api.calls.filter((c) => c.method === 'views.open').at(-1)!.body.view as Json;
const submit = (view: Json, values: Json, opts: { viewId?: string; wait?: boolean } = {}) =>
  s.post(
    viewSubmissionBody({
      privateMetadata: view.private_metadata,
      values,
      userId: CLINICIAN.userId,
      viewId: opts.viewId ?? 'V-form',
    }),
    'form',
    undefined,
    { wait: opts.wait ?? true },
  );
/** Messages the bot sent after the modal: response_url answers and posts. */
const answers = () => s.api.calls.filter((c) => c.method === 'response_url' || c.method === 'chat.postMessage');
const op24 = () => s.store.measurements.get(s.seed.measures.op24, s.seed.teams.hvidovre, '2026-W48');

/** Opens the measurement form of OP24 (numerator and denominator fields) as a modal, from a button. */
async function openOp24Form(): Promise<Json> {
  const value = encodeButton({
    kind: 'action',
    action: { verb: 'measurement.form', data: { teamId: s.seed.teams.hvidovre, measureId: s.seed.measures.op24 } },
  });
  await s.post(
    blockActionsBody({ value, userId: CLINICIAN.userId, responseUrl: s.api.responseUrl('m'), ephemeral: true }),
    'form',
  );
  const view = lastView();
  expect(view.blocks.filter((b: Json) => b.type === 'input').map((b: Json) => b.block_id)).toEqual([
    'period',
    'numerator',
    'denominator',
    'note',
  ]);
  return view;
}
const fraction = (numerator: string, denominator: string, note: string | null = null) => ({
  period: text(null),
  numerator: text(numerator),
  denominator: text(denominator),
  note: text(note),
});

describe('core refusals pinned to the field of a Slack modal', () => {
  it('keeps the modal open with numerator > denominator on the numerator; the corrected resubmission stores once', async () => {
    await start();
    const stored = (await s.store.measurements.listForTeam(s.seed.teams.hvidovre)).length;
    const view = await openOp24Form();
    const refused = (await (await submit(view, fraction('25', '22'))).json()) as Json;
    expect(refused).toEqual({
      response_action: 'errors',
      errors: { numerator: da('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }) },
    });
    expect(answers()).toEqual([]);
    expect(await op24()).toBeNull();

    // Slack keeps the same view id for the open modal: the corrected values are a new turn, not a repeat.
    const ok = await submit(view, fraction('18', '22', 'weekend'));
    expect(await ok.text()).toBe('');
    expect(await op24()).toMatchObject({ numerator: 18, denominator: 22, note: 'weekend' });
    const [confirmation] = answers();
    expect(confirmation?.key).toBe('m');
    expect(textOfBlocks(confirmation!.body.blocks as Json[])).toContain(da('measurement.fact.median'));

    // The very same submission again (a double click, a retry) is handled once.
    expect(await (await submit(view, fraction('18', '22', 'weekend'))).text()).toBe('');
    expect(answers()).toHaveLength(1);
    expect(await s.store.measurements.listForTeam(s.seed.teams.hvidovre)).toHaveLength(stored + 1);
  });

  it('pins a CPR-like note and a period outside the collaborative on their fields', async () => {
    await start();
    await s.post(commandBody({ text: 'måling', responseUrl: s.api.responseUrl('m') }), 'form');
    const view = lastView();
    const typed = {
      measureId: select(s.seed.measures.vent),
      period: text(null),
      value: text('12'),
      note: text('pt 010190-1234'),
    };
    const cpr = (await (await submit(view, typed)).json()) as Json;
    expect(cpr).toEqual({ response_action: 'errors', errors: { note: da('error.CPR_NUMBER_REFUSED') } });
    const early = (await (
      await submit(view, { ...typed, period: text('01-01-2024'), note: text(null) })
    ).json()) as Json;
    const lkt = (await s.store.collaboratives.get(s.seed.collaborativeId))!;
    const outside = da('error.PERIOD_OUTSIDE_COLLABORATIVE', {
      period: 'uge 1 2024',
      start: periodLabel(lkt.startDate, 'da'),
      end: periodLabel(lkt.endDate!, 'da'),
    });
    expect(early).toEqual({ response_action: 'errors', errors: { period: outside } });
    expect(answers()).toEqual([]);
    expect(await s.store.measurements.get(s.seed.measures.vent, s.seed.teams.hvidovre, '2024-W01')).toBeNull();
  });

  it('answers an English user in English next to the field', async () => {
    await start();
    await s.store.persons.update(s.seed.persons.clinician, { locale: 'en' }, { personId: null, at: s.clock.now() });
    const view = await openOp24Form();
    const refused = (await (await submit(view, fraction('30', '20'))).json()) as Json;
    expect(refused.errors).toEqual({
      numerator: en('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 30, denominator: 20 }),
    });
  });

  it('closes the modal and posts a refusal without a known field, with the "edit the form" button', async () => {
    await start();
    const view = await openOp24Form();
    // The clinician leaves the team while the modal is open: the refusal is about no input.
    for (const m of await s.store.memberships.listForPerson(s.seed.persons.clinician)) {
      await s.store.memberships.revoke(m.id, { personId: null, at: s.clock.now() });
    }
    const res = await submit(view, fraction('18', '22', 'weekend'));
    expect(await res.text()).toBe('');
    const [reply] = answers();
    expect(reply?.key).toBe('m');
    expect(reply!.body.text).not.toBe('');
    const reopen = buttonsOf(reply!.body.blocks as Json[]).find((b) => b.title === da('slack.form.reopen'));
    expect(reopen?.payload.kind).toBe('form');
    expect(await op24()).toBeNull();

    await s.post(
      blockActionsBody({
        value: reopen!.value,
        actionId: reopen!.actionId,
        userId: CLINICIAN.userId,
        responseUrl: s.api.responseUrl('again'),
        ephemeral: true,
      }),
      'form',
    );
    const inputs = Object.fromEntries(
      (lastView().blocks as Json[]).filter((b) => b.type === 'input').map((b) => [b.block_id, b.element]),
    );
    expect(inputs.numerator.initial_value).toBe('18');
    expect(inputs.denominator.initial_value).toBe('22');
    expect(inputs.note.initial_value).toBe('weekend');
  });

  it('acks plainly when the store stalls past the budget, then posts the answer (a refusal, with "edit the form")', async () => {
    await start({ formAnswerBudgetMs: 30 });
    const view = await openOp24Form();
    // Another writer holds the store past the budget: the form and the core cannot answer in time, and the
    // modal must close before Slack gives up. The turn is not lost: its refusal arrives as a message.
    let release!: () => void;
    const held = s.store.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    const submitted = submit(view, fraction('25', '22'), { wait: false });
    setTimeout(() => release(), 150);
    const res = await submitted;
    expect(await res.text()).toBe('');
    await held;
    await s.channel.idle();
    const [reply] = answers();
    expect(reply?.body.text).toContain(da('error.NUMERATOR_EXCEEDS_DENOMINATOR', { numerator: 25, denominator: 22 }));
    expect(buttonsOf(reply!.body.blocks as Json[]).some((b) => b.title === da('slack.form.reopen'))).toBe(true);
  });
});
