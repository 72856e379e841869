// The channel contract's driver for Slack: a person talks to the bot through signed Slack requests (DM
// events, button clicks, modal submissions) to the running server; replies are read from the fake Web API.
import { actionPayload, encodeButton } from '../../../src/channels/slack/block-kit/action-value';
import { collectInputs } from '../../../src/channels/slack/block-kit/card-json';
import { renderBlockKit } from '../../../src/channels/slack/block-kit/render-block-kit';
import { parseFormMeta } from '../../../src/channels/slack/slack-forms';
import { createSlackState, type SlackState } from '../../../src/channels/slack/slack-state';
import type { ChannelDriver, ContractFixture } from '../../contract/channel-contract';
import type { NormalizedAction, NormalizedReply } from '../../contract/normalize-adaptive-card';
import type { SlackApiCall } from '../../support/fake-slack-api';
import { startSlackTestServer, type SlackServerOptions, type SlackTestServer } from '../../support/slack-server';
import { buttonsOf, normalizeMessage, type PressableButton } from './normalize-block-kit';
import { blockActionsBody, eventBody, nextId, viewSubmissionBody } from './slack-payloads';

type Json = Record<string, any>;

/** A message the user saw, with where it was (for clicks on its buttons). */
interface Seen {
  blocks: Json[];
  channelId: string;
  /** Answered on a response_url (ephemeral) rather than posted. */
  ephemeral: boolean;
}

/** A modal Slack opened for the user. */
interface OpenModal {
  view: Json;
  submit: NormalizedAction | null;
}

/** The Slack driver plus its server, for Slack-specific assertions. */
export interface SlackDriver extends ChannelDriver {
  server: SlackTestServer;
  slackUser(personId: string): Promise<{ userId: string; dmId: string }>;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  return v;
}
/** True when every key of `part` has the same value in `whole`. */
const contains = (whole: Json, part: Json) => Object.entries(part).every(([k, v]) => sameJson(whole[k], v));

/** Builds the Slack driver on the contract fixture's store and clock. */
export async function makeSlackDriver(
  fixture: Pick<ContractFixture, 'store' | 'clock'>,
  options: SlackServerOptions = {},
): Promise<SlackDriver> {
  const server = await startSlackTestServer({
    store: fixture.store,
    clock: fixture.clock,
    // Image blocks with the signed chart URL (uploads are covered by slack-charts.test.ts).
    env: { PUBLIC_URL: 'https://forbedringsbot.example.org', ...options.env },
  });
  const { api } = server;
  const state: SlackState = createSlackState(fixture.store, fixture.clock);
  const users = new Map<string, { userId: string; dmId: string }>();
  const seen = new Map<string, Seen[]>();
  const modals = new Map<string, OpenModal[]>();

  async function slackUser(personId: string) {
    let u = users.get(personId);
    if (!u) {
      const n = users.size + 1;
      u = { userId: `U${String(n).padStart(4, '0')}`, dmId: `D${String(n).padStart(4, '0')}` };
      users.set(personId, u);
      await fixture.store.persons.linkIdentity(
        personId,
        { platform: 'slack', tenantId: 'T1', userId: u.userId },
        { personId: null, at: fixture.clock.now() },
      );
    }
    return u;
  }

  /** Form buttons expand to the stored card's submit action (what pressing the form's submit sends). */
  async function formActions(buttons: PressableButton[]): Promise<NormalizedAction[]> {
    const out: NormalizedAction[] = [];
    for (const b of buttons) {
      if (b.payload.kind !== 'form') continue;
      const card = await state.loadForm(b.payload.key);
      const submit = card
        ? renderBlockKit(card, { surface: 'modal', publicImages: true, defaultAlt: '' }).submit
        : null;
      const p = submit ? actionPayload(submit) : null;
      if (p?.kind === 'action') out.push({ title: b.title, data: { ...p.action.data, verb: p.action.verb } });
    }
    return out;
  }

  async function collect(personId: string, calls: SlackApiCall[], dmId: string): Promise<NormalizedReply[]> {
    const replies: NormalizedReply[] = [];
    const mine = seen.get(personId) ?? [];
    for (const call of calls) {
      if (call.method === 'chat.postMessage' || call.method === 'chat.update' || call.method === 'response_url') {
        const blocks = (call.body.blocks as Json[] | undefined) ?? [];
        mine.push({
          blocks,
          channelId: (call.body.channel as string | undefined) ?? dmId,
          ephemeral: call.method === 'response_url',
        });
        const reply = normalizeMessage(call.body as Json, await formActions(buttonsOf(blocks)));
        reply.inputs = await formInputs(buttonsOf(blocks));
        replies.push(reply);
      } else if (call.method === 'views.open') {
        const view = call.body.view as Json;
        const meta = parseFormMeta(view.private_metadata);
        const card = meta ? await state.loadForm(meta.k) : null;
        const submit = card
          ? renderBlockKit(card, { surface: 'modal', publicImages: true, defaultAlt: '' }).submit
          : null;
        const p = submit ? actionPayload(submit) : null;
        const submitAction =
          p?.kind === 'action'
            ? { title: view.submit?.text ?? '', data: { ...p.action.data, verb: p.action.verb } }
            : null;
        const list = modals.get(personId) ?? [];
        list.push({ view, submit: submitAction });
        modals.set(personId, list);
        const inner = normalizeMessage({ blocks: view.blocks });
        replies.push({
          text: [view.title?.text, inner.text].filter(Boolean).join('\n'),
          actions: [...(submitAction ? [submitAction] : []), ...inner.actions],
          images: inner.images ?? [],
          inputs: (view.blocks as Json[]).filter((b) => b.type === 'input').map((b) => b.block_id as string),
        });
      } else if (call.method === 'files.getUploadURLExternal') {
        replies.push({
          text: '',
          actions: [],
          images: [{ url: `slack-file:${call.body.filename as string}`, alt: String(call.body.alt_text ?? '') }],
        });
      }
    }
    seen.set(personId, mine);
    return replies;
  }

  async function formInputs(buttons: PressableButton[]): Promise<string[]> {
    const ids: string[] = [];
    for (const b of buttons) {
      if (b.payload.kind !== 'form') continue;
      const card = await state.loadForm(b.payload.key);
      if (card) for (const i of collectInputs(card)) if (typeof i.id === 'string') ids.push(i.id);
    }
    return ids;
  }

  async function click(
    personId: string,
    value: string,
    channelId: string,
    actionId = 'fb:0',
    ephemeral = false,
  ): Promise<NormalizedReply[]> {
    const { userId, dmId } = await slackUser(personId);
    const from = api.calls.length;
    const responseUrl = api.responseUrl(nextId('click.'));
    await server.post(blockActionsBody({ value, actionId, userId, channelId, responseUrl, ephemeral }), 'form');
    return collect(personId, api.since(from), dmId);
  }

  async function submitModal(personId: string, modal: OpenModal, data: Json): Promise<NormalizedReply[]> {
    const { userId, dmId } = await slackUser(personId);
    const values: Json = {};
    for (const block of (modal.view.blocks as Json[]).filter((b) => b.type === 'input')) {
      values[block.block_id] = { v: elementState(block.element, data[block.block_id]) };
    }
    const from = api.calls.length;
    const res = await server.post(
      viewSubmissionBody({ privateMetadata: modal.view.private_metadata, values, userId }),
      'form',
    );
    const ack = (await res.text()) || '{}';
    const parsed = JSON.parse(ack) as Json;
    const replies = await collect(personId, api.since(from), dmId);
    if (parsed.response_action === 'errors')
      replies.unshift({ text: Object.values(parsed.errors as Json).join('\n'), actions: [] });
    return replies;
  }

  return {
    server,
    store: fixture.store,
    clock: fixture.clock,
    slackUser,
    async say(personId, text) {
      const { userId, dmId } = await slackUser(personId);
      const from = api.calls.length;
      const { body } = eventBody('event-message-im', { text, user: userId, channel: dmId });
      await server.post(body, 'json');
      return collect(personId, api.since(from), dmId);
    },
    async press(personId, data) {
      const { dmId } = await slackUser(personId);
      const mine = [...(seen.get(personId) ?? [])].reverse();
      for (const msg of mine) {
        const exact = buttonsOf(msg.blocks).find(
          (b) =>
            b.payload.kind === 'action' && sameJson({ ...b.payload.action.data, verb: b.payload.action.verb }, data),
        );
        if (exact) return click(personId, exact.value, msg.channelId, exact.actionId, msg.ephemeral);
      }
      const modal = [...(modals.get(personId) ?? [])].reverse().find((m) => m.submit && contains(data, m.submit.data));
      if (modal) return submitModal(personId, modal, data);
      for (const msg of mine) {
        for (const b of buttonsOf(msg.blocks)) {
          if (b.payload.kind !== 'form') continue;
          const [submit] = await formActions([b]);
          if (!submit || !contains(data, submit.data)) continue;
          const opened = await click(personId, b.value, msg.channelId, b.actionId, msg.ephemeral);
          const latest = modals.get(personId)?.at(-1);
          if (!latest) return opened;
          return submitModal(personId, latest, data);
        }
      }
      // Nothing on screen sends this: a forged click carrying the data as-is.
      return click(personId, encodeButton({ kind: 'action', action: { verb: String(data.verb), data } }), dmId);
    },
    close: () => server.close(),
  };
}

/** The state Slack sends for an input element: the typed value, else the element's initial value. */
function elementState(element: Json, value: unknown): Json {
  const type = element.type as string;
  const given = value === undefined || value === null ? undefined : String(value);
  switch (type) {
    case 'datepicker':
      return { type, selected_date: given ?? element.initial_date ?? null };
    case 'timepicker':
      return { type, selected_time: given ?? element.initial_time ?? null };
    case 'static_select':
    case 'radio_buttons': {
      const chosen = given ?? element.initial_option?.value;
      return { type, selected_option: chosen ? { value: chosen } : null };
    }
    case 'multi_static_select':
    case 'checkboxes': {
      const chosen =
        given !== undefined
          ? given.split(',').filter(Boolean)
          : (element.initial_options ?? []).map((o: Json) => o.value);
      return {
        type,
        selected_options: (element.options as Json[])
          .filter((o) => chosen.includes(o.value))
          .map((o) => ({ value: o.value })),
      };
    }
    default:
      return { type, value: given ?? element.initial_value ?? null };
  }
}
