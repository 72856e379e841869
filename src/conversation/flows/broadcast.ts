import { z } from 'zod';
import { button, submitButton } from '../../cards/button';
import { broadcastComposeCard, broadcastPreviewCard } from '../../cards/builders/broadcast-cards';
import { reminderCause } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { claimNonce, newNonce } from '../nonce';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { broadcastTargets } from './broadcast-targets';
import {
  parseScope,
  requireCoordinator,
  requireSomeScope,
  scopeChoices,
  scopeValue,
  type Scope,
} from './coordinator-scopes';

/** Longest broadcast text (Teams and Slack both show it in one message). */
const MAX_TEXT = 2000;
/** A draft waits this long for its confirmation. */
const DRAFT_TTL_MS = 24 * 3600_000;
/** The delivery report waits at most this long for retried deliveries. */
const REPORT_DEADLINE_MS = 2 * 3600_000;

interface Draft {
  text: string;
  scope: string;
}

const text = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()));
const previewSchema = z.object({ message: text, scope: text });
const tokenSchema = z.object({ token: z.string().min(1).max(64), nonce: z.string().min(1).max(64).optional() });
const draftKey = (ctx: FlowContext, token: string) => `broadcast-draft:${ctx.person.id}:${token}`;

async function compose(ctx: FlowContext, values: Partial<Draft> = {}): Promise<Reply[]> {
  const { t } = ctx;
  const scopes = await requireSomeScope(ctx);
  const card = broadcastComposeCard({
    title: t('broadcast.compose.title'),
    text: t('broadcast.compose.text'),
    labels: {
      message: t('broadcast.compose.message'),
      scope: t('broadcast.compose.scope'),
      required: t('seminar.form.required'),
    },
    values: { message: values.text ?? '', scope: values.scope ?? scopeValue(scopes[0]!) },
    scopes: scopeChoices(scopes),
    buttons: [submitButton(t('broadcast.compose.preview'), 'broadcast.preview')],
  });
  return [{ card }];
}

async function preview(ctx: FlowContext, draft: Draft): Promise<Reply[]> {
  const { t } = ctx;
  const scopes = await requireSomeScope(ctx);
  if (!draft.text) return [{ text: t('broadcast.empty') }, ...(await compose(ctx, draft))];
  if (draft.text.length > MAX_TEXT)
    return [{ text: t('broadcast.tooLong', { max: MAX_TEXT }) }, ...(await compose(ctx, draft))];
  const scope = parseScope(draft.scope) ?? scopes[0]!;
  requireCoordinator(ctx, scope);
  const { teams, targets, unreachable } = await broadcastTargets(ctx, scope);
  if (teams === 0) return [{ text: t('broadcast.noTeams') }];
  const token = newNonce();
  await ctx.store.conversationState.put(
    draftKey(ctx, token),
    { text: draft.text, scope: scopeValue(scope) },
    new Date(ctx.clock.now().getTime() + DRAFT_TTL_MS),
  );
  const card = broadcastPreviewCard({
    title: t('broadcast.preview.title'),
    recipients: t('broadcast.preview.recipients', { teams, conversations: targets.length }),
    unreachable: unreachable.length
      ? t('broadcast.preview.cannot', { count: unreachable.length, names: unreachable.join('; ') })
      : null,
    messageTitle: t('broadcast.message.title', { sender: ctx.person.displayName }),
    message: draft.text,
    buttons: [
      ...(targets.length
        ? [button(t('broadcast.button.send'), 'broadcast.send', { token, nonce: newNonce() }, 'positive')]
        : []),
      button(t('broadcast.button.edit'), 'broadcast.edit', { token }),
      button(t('broadcast.button.cancel'), 'broadcast.cancel', { token }),
    ],
  });
  return [{ card }];
}

async function send(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { t } = ctx;
  const { token, nonce } = parseData(tokenSchema, data);
  await claimNonce(ctx, nonce);
  const draft = await ctx.store.conversationState.get<Draft>(draftKey(ctx, token), ctx.clock.now());
  const scope: Scope | null = draft ? parseScope(draft.scope) : null;
  if (!draft || !scope) return [{ text: t('broadcast.expired') }];
  requireCoordinator(ctx, scope);
  const { targets, unreachable } = await broadcastTargets(ctx, scope);
  if (targets.length === 0) return [{ text: t('broadcast.noneReachable') }];
  const now = ctx.clock.now();
  const actor = { personId: ctx.person.id, at: now };
  // One durable row per conversation, due now; the scheduler sends them paced per platform and then reports.
  const broadcast = await ctx.store.broadcasts.create(
    { collaborativeId: scope.collaborativeId, region: scope.region, text: draft.text },
    actor,
  );
  for (const target of targets) {
    await ctx.store.reminders.schedule({
      kind: 'broadcast',
      dedupeKey: `broadcast:${broadcast.id}:${JSON.stringify(target.recipient)}`,
      causeKey: reminderCause.broadcast(broadcast.id),
      recipient: target.recipient,
      dueAt: now,
      payload: { broadcastId: broadcast.id, teamId: target.teamId, target: target.label },
    });
  }
  await ctx.store.reminders.schedule({
    kind: 'broadcast',
    dedupeKey: `broadcast-report:${broadcast.id}`,
    causeKey: reminderCause.broadcastReport(broadcast.id),
    recipient: { kind: 'person', personId: ctx.person.id },
    dueAt: new Date(now.getTime() + 60_000),
    payload: {
      broadcastId: broadcast.id,
      report: true,
      unreachable,
      deadline: new Date(now.getTime() + REPORT_DEADLINE_MS).toISOString(),
    },
  });
  await ctx.store.conversationState.delete(draftKey(ctx, token));
  return [{ text: t('broadcast.sending', { count: targets.length }) }];
}

/** `udsend` / `broadcast`: compose → preview → explicit send → delivery report. Tovholdere and admins only. */
export const broadcastFlow: Flow = {
  name: 'broadcast',
  commands: [
    {
      words: ['udsend', 'broadcast'],
      help: { usage: 'broadcast.cmd', description: 'broadcast.cmd.text', roles: ['tovholder', 'admin'] },
      handle: async (ctx, args) => (args.trim() ? preview(ctx, { text: args.trim(), scope: '' }) : compose(ctx)),
    },
  ],
  actions: {
    'broadcast.compose': (ctx) => compose(ctx),
    'broadcast.preview': (ctx, data) => {
      const { message, scope } = parseData(previewSchema, data);
      return preview(ctx, { text: message, scope });
    },
    'broadcast.send': send,
    'broadcast.edit': async (ctx, data) => {
      const { token } = parseData(tokenSchema, data);
      const draft = await ctx.store.conversationState.get<Draft>(draftKey(ctx, token), ctx.clock.now());
      return draft ? compose(ctx, draft) : [{ text: ctx.t('broadcast.expired') }];
    },
    'broadcast.cancel': async (ctx, data) => {
      await ctx.store.conversationState.delete(draftKey(ctx, parseData(tokenSchema, data).token));
      return [{ text: ctx.t('broadcast.cancelled') }];
    },
  },
};
