// Slack request bodies for tests, built from the scrubbed payloads in test/fixtures/slack/ with overrides.
import { readFileSync } from 'node:fs';

type Json = Record<string, any>;

function fixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as Json;
}
const cache = new Map<string, Json>();
function load(name: string): Json {
  if (!cache.has(name)) cache.set(name, fixture(name));
  return structuredClone(cache.get(name)!);
}

let seq = 0;
/** A fresh id with a prefix (event ids, trigger ids). */
export function nextId(prefix: string): string {
  seq++;
  return `${prefix}${String(seq).padStart(8, '0')}`;
}

/** A slash command as Slack posts it (form-encoded). */
export function commandBody(fields: {
  text: string;
  userId?: string;
  teamId?: string;
  channelId?: string;
  channelName?: string;
  responseUrl: string;
  command?: string;
}): string {
  const body = load('slash-command');
  Object.assign(body, {
    text: fields.text,
    user_id: fields.userId ?? body.user_id,
    team_id: fields.teamId ?? body.team_id,
    channel_id: fields.channelId ?? body.channel_id,
    channel_name:
      fields.channelName ?? (fields.channelId && !fields.channelId.startsWith('D') ? 'forbedring' : body.channel_name),
    response_url: fields.responseUrl,
    trigger_id: nextId('trigger.'),
    ...(fields.command ? { command: fields.command } : {}),
  });
  return new URLSearchParams(body as Record<string, string>).toString();
}

/** An Events API callback (JSON) for a fixture event with overrides; returns the body and its event_id. */
export function eventBody(
  name: 'event-message-im' | 'event-app-mention' | 'event-app-home-opened',
  event: Json,
  opts: { teamId?: string; eventId?: string } = {},
): { body: string; eventId: string } {
  const body = load(name);
  const eventId = opts.eventId ?? nextId('Ev');
  Object.assign(body.event, event);
  body.event_id = eventId;
  if (opts.teamId) {
    body.team_id = opts.teamId;
    body.authorizations[0].team_id = opts.teamId;
  }
  return { body: JSON.stringify(body), eventId };
}

/** Interactivity payloads are form-encoded: `payload=<json>`. */
function interactive(body: Json): string {
  return new URLSearchParams({ payload: JSON.stringify(body) }).toString();
}

/** A button click (`block_actions`) on a message (with response_url), the Home tab or a modal. */
export function blockActionsBody(opts: {
  value: string;
  actionId?: string;
  userId?: string;
  teamId?: string;
  /** Message in this channel (default D1); null for Home tab / modal clicks. */
  channelId?: string | null;
  responseUrl?: string | null;
  /** The clicked message was ephemeral (a response_url answer); default: a normal message. */
  ephemeral?: boolean;
  view?: Json;
  /** The clicked message's blocks as Slack sends them back (default: the fixture's). */
  messageBlocks?: Json[];
}): string {
  const body = load('block-actions');
  const userId = opts.userId ?? body.user.id;
  const teamId = opts.teamId ?? body.user.team_id;
  body.user = { ...body.user, id: userId, team_id: teamId };
  body.team.id = teamId;
  body.trigger_id = nextId('trigger.');
  body.actions[0] = { ...body.actions[0], value: opts.value, action_id: opts.actionId ?? 'fb:0' };
  if (opts.channelId === null) {
    delete body.channel;
    delete body.message;
    delete body.response_url;
    body.container = opts.view ? { type: 'view', view_id: opts.view.id } : { type: 'view', view_id: 'VHOME' };
    body.view = opts.view ?? { id: 'VHOME', type: 'home', team_id: teamId, state: { values: {} } };
  } else {
    const channelId = opts.channelId ?? 'D1';
    body.channel = { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : 'forbedring' };
    body.container.channel_id = channelId;
    body.container.is_ephemeral = opts.ephemeral ?? false;
    if (opts.messageBlocks) body.message = { ...body.message, blocks: opts.messageBlocks };
    if (opts.responseUrl === null) delete body.response_url;
    else if (opts.responseUrl) body.response_url = opts.responseUrl;
  }
  return interactive(body);
}

/** A modal submission with the given state values (block_id → { v: element state }). */
export function viewSubmissionBody(opts: {
  privateMetadata: string;
  values: Json;
  userId?: string;
  teamId?: string;
  viewId?: string;
}): string {
  const body = load('view-submission');
  const userId = opts.userId ?? body.user.id;
  const teamId = opts.teamId ?? body.user.team_id;
  body.user = { ...body.user, id: userId, team_id: teamId };
  body.team.id = teamId;
  body.trigger_id = nextId('trigger.');
  body.view = {
    ...body.view,
    id: opts.viewId ?? nextId('V'),
    private_metadata: opts.privateMetadata,
    state: { values: opts.values },
  };
  return interactive(body);
}

/** A global shortcut. */
export function shortcutBody(opts: { callbackId: string; userId?: string; teamId?: string }): string {
  const body = load('shortcut');
  body.callback_id = opts.callbackId;
  if (opts.userId) body.user.id = opts.userId;
  if (opts.teamId) {
    body.user.team_id = opts.teamId;
    body.team.id = opts.teamId;
  }
  body.trigger_id = nextId('trigger.');
  return interactive(body);
}
