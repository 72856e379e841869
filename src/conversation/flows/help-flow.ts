import { z } from 'zod';
import type { Role } from '../../domain';
import { button, type Button } from '../../cards/button';
import { helpCard } from '../../cards/builders/help-card';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { describeRoles } from './describe-roles';
import { joinReplies, languageButton } from './onboarding-replies';
import { unrecognisedReply } from './unrecognised-reply';

const runSchema = z.object({ text: z.string().trim().min(1).max(500) });

/** Most buttons a card shows (Teams renders at most six top-level actions). */
const MAX_BUTTONS = 6;

/** What the person can do in their role, with buttons; a person in no team gets how to join. */
export async function helpReplies(ctx: FlowContext, headline: string | null = null): Promise<Reply[]> {
  if (ctx.memberships.length === 0) return joinReplies(ctx, headline);
  const { t } = ctx;
  const roles = new Set<Role>(ctx.memberships.map((m) => m.role));
  const commands = ctx.flows
    .flatMap((flow) => flow.commands)
    .filter((c) => c.help?.roles.some((r) => r !== 'none' && roles.has(r)))
    .map((c) => ({ title: t(c.help!.usage), value: t(c.help!.description) }));
  const card = helpCard({
    headline,
    title: t('help.title'),
    roleText: t('help.youAre', { roles: await describeRoles(ctx) }),
    commandsTitle: t('help.commandsTitle'),
    commands,
    footer: t('help.footer'),
    buttons: quickButtons(ctx, roles),
  });
  return [{ card }];
}

/** Fallback for text no command claims and verbs no flow handles: never a dead end. */
export function unrecognised(ctx: FlowContext, text: string): Promise<Reply[]> {
  // Empty text, and a person in no team (who gets how to join), still see the whole card.
  if (!text.trim() || ctx.memberships.length === 0) return helpReplies(ctx);
  return Promise.resolve([unrecognisedReply(ctx, text)]);
}

function quickButtons(ctx: FlowContext, roles: Set<Role>): Button[] {
  const { t } = ctx;
  const has = (...r: Role[]) => r.some((x) => roles.has(x));
  const out: Button[] = [];
  if (has('member', 'lead')) out.push(button(t('help.button.measure'), 'measurement.form', {}, 'positive'));
  out.push(button(t('help.button.chart'), 'chart.pick'));
  out.push(button(t('help.button.status'), 'status.show'));
  if (has('member', 'lead', 'sponsor', 'expert')) out.push(button(t('help.button.pdsa'), 'pdsa.list'));
  if (has('lead', 'tovholder', 'admin')) out.push(button(t('help.button.invite'), 'invite.create'));
  return [...out.slice(0, MAX_BUTTONS - 1), languageButton(ctx)];
}

/** `hjælp` / `help`. */
export const helpFlow: Flow = {
  name: 'help',
  commands: [
    {
      words: ['hjælp', 'hjaelp', 'help', '?', 'menu', 'start', 'hej', 'hi', 'hello'],
      help: {
        usage: 'help.cmd.help',
        description: 'help.cmd.help.text',
        roles: ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'],
      },
      handle: (ctx) => helpReplies(ctx),
    },
  ],
  actions: {
    'help.show': (ctx) => helpReplies(ctx),
    // The "did you mean" button: the corrected text, run as if typed.
    'help.run': (ctx, data) => ctx.redispatch({ text: parseData(runSchema, data).text }),
  },
};
