import { PAUSE_KINDS, type PauseKind } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import type { Reply } from '../turn';

/** Words for each pausable kind (Danish and English, singular and plural). */
const KIND_WORDS: Record<string, PauseKind> = {
  data: 'data',
  målinger: 'data',
  pdsa: 'pdsa',
  seminar: 'seminars',
  seminarer: 'seminars',
  seminars: 'seminars',
  opsummering: 'summaries',
  opsummeringer: 'summaries',
  ugeopsummering: 'summaries',
  summary: 'summaries',
  summaries: 'summaries',
};

const EVERYONE = ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'] as const;

/** `pause` / `stop påmindelser [kind]`: pauses all reminders or one kind for this person. */
async function pause(ctx: FlowContext, args: string): Promise<Reply[]> {
  return change(ctx, args, true);
}

/** `start påmindelser [kind]`: turns them on again. */
async function resume(ctx: FlowContext, args: string): Promise<Reply[]> {
  return change(ctx, args, false);
}

async function change(ctx: FlowContext, args: string, paused: boolean): Promise<Reply[]> {
  const word = args
    .trim()
    .toLowerCase()
    .replace(/^(påmindelser|reminders)\s*/, '');
  const kind = word ? KIND_WORDS[word] : undefined;
  if (word && !kind)
    return [{ text: ctx.t('rollout.pause.unknownKind', { word }), error: { code: 'VALIDATION_FAILED' } }];
  const current = (await ctx.store.contactPrefs.get(ctx.person.id)).paused;
  const kinds = kind ? [kind] : [...PAUSE_KINDS];
  const next = paused ? [...new Set([...current, ...kinds])] : current.filter((k) => !kinds.includes(k));
  await ctx.store.contactPrefs.setPaused(ctx.person.id, next, ctx.clock.now());
  const state = paused ? 'paused' : 'resumed';
  if (!kind) return [{ text: ctx.t(`rollout.${state}.all`) }];
  return [{ text: ctx.t(`rollout.${state}.kind`, { kind: ctx.t(`rollout.kind.${kind}`), word }) }];
}

/** Pausing and resuming reminders, per person: all of them or one kind (data, PDSA, seminars, summaries). */
export const pauseFlow: Flow = {
  name: 'pause',
  commands: [
    {
      words: ['pause', 'stop påmindelser', 'stop reminders'],
      help: { usage: 'rollout.cmd.pause', description: 'rollout.cmd.pause.text', roles: [...EVERYONE] },
      handle: pause,
    },
    { words: ['start påmindelser', 'start reminders'], handle: resume },
  ],
  actions: {},
};
