import { z } from 'zod';
import { submitButton } from '../../cards/button';
import { storyboardLearningCard } from '../../cards/builders/storyboard-cards';
import { DomainError, STORYBOARD_NOTE_MAX, type Seminar } from '../../domain';
import { storyboardCollection } from '../../reporting/storyboard/storyboard-collection';
import type { Flow, FlowContext } from '../flow';
import { claimNonce, newNonce } from '../nonce';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { requireSomeScope } from './coordinator-scopes';
import { canManage, visibleSeminars } from './seminar-list';
import { formatSeminarWhen } from './seminar-when';

const learningSchema = z.object({
  seminarId: z.string().min(1).max(64),
  teamId: z.string().min(1).max(64),
  nonce: z.string().min(1).max(64).optional(),
  learning: z
    .string()
    .max(4000)
    .optional()
    .transform((v) => (v ?? '').trim()),
});

/** `storyboards`: every invited team's board for the next seminar the tovholder coordinates. */
async function collection(ctx: FlowContext): Promise<Reply[]> {
  await requireSomeScope(ctx);
  const next = (await visibleSeminars(ctx)).find((s) => canManage(ctx, s));
  if (!next || !ctx.storyboards) return [{ text: ctx.t('storyboard.none') }];
  return [
    {
      card: await storyboardCollection({
        store: ctx.store,
        seminar: next,
        links: ctx.storyboards,
        t: ctx.t,
        locale: ctx.locale,
      }),
    },
  ];
}

/** The learning form of the team lead's team for the next seminar it is invited to. */
async function learningForm(ctx: FlowContext, seminar?: Seminar, teamId?: string): Promise<Reply[]> {
  const leads = ctx.memberships.filter((m) => m.role === 'lead' && m.teamId && (!teamId || m.teamId === teamId));
  if (leads.length === 0) return [{ text: ctx.t('storyboard.notLead') }];
  const team = await ctx.store.teams.get(leads[0]!.teamId!);
  const next =
    seminar ??
    (await visibleSeminars(ctx)).find(
      (s) => s.collaborativeId === team?.collaborativeId && (!s.region || s.region === team.region),
    );
  if (!team || !next) return [{ text: ctx.t('storyboard.none') }];
  const note = (await ctx.store.storyboards.notes(next.id)).find((n) => n.teamId === team.id);
  const card = storyboardLearningCard({
    title: ctx.t('storyboard.ask.title', { title: next.title }),
    text: ctx.t('storyboard.ask.text', { team: team.name, when: formatSeminarWhen(next, ctx) }),
    label: ctx.t('storyboard.ask.label'),
    value: note?.text ?? '',
    required: ctx.t('seminar.form.required'),
    buttons: [
      submitButton(ctx.t('storyboard.ask.submit'), 'storyboard.learning', {
        seminarId: next.id,
        teamId: team.id,
        nonce: newNonce(),
      }),
    ],
  });
  return [{ card }];
}

/** Saves the team lead's learning text (few lines, CPR-guarded by the store); empty or too long gets the form again. */
async function saveLearning(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { seminarId, teamId, nonce, learning } = parseData(learningSchema, data);
  if (!ctx.memberships.some((m) => m.role === 'lead' && m.teamId === teamId))
    return [{ text: ctx.t('storyboard.notLead') }];
  const seminar = await ctx.store.seminars.get(seminarId);
  if (!seminar) throw new DomainError('NOT_FOUND');
  if (!learning || learning.length > STORYBOARD_NOTE_MAX)
    return [
      { text: ctx.t(learning ? 'common.tooLong' : 'storyboard.empty') },
      ...(await learningForm(ctx, seminar, teamId)),
    ];
  await claimNonce(ctx, nonce);
  await ctx.store.storyboards.saveNote(
    { seminarId, teamId, text: learning },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const team = await ctx.store.teams.get(teamId);
  return [{ text: ctx.t('storyboard.saved', { team: team?.name ?? '' }) }];
}

/** Seminar storyboards: the team lead's learning, the tovholder's collection of all teams' boards. */
export const storyboardsFlow: Flow = {
  name: 'storyboards',
  commands: [
    {
      words: ['storyboards', 'storyboard'],
      help: { usage: 'storyboard.cmd', description: 'storyboard.cmd.text', roles: ['tovholder', 'admin'] },
      handle: (ctx) => collection(ctx),
    },
    {
      words: ['læring', 'learning'],
      help: { usage: 'storyboard.cmd.learning', description: 'storyboard.cmd.learning.text', roles: ['lead'] },
      handle: (ctx) => learningForm(ctx),
    },
  ],
  actions: {
    'storyboard.learningForm': (ctx, data) =>
      learningForm(ctx, undefined, typeof data.teamId === 'string' ? data.teamId : undefined),
    'storyboard.learning': saveLearning,
  },
};
