import { z } from 'zod';
import { containsCpr, DomainError, periodLabel, PROGRESS_SCORES, type Team } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { checkTeamPermission } from '../permissions';
import { formatScore, progressReply } from '../progress/progress-reply';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

const id = z.string().min(1).max(64);
const saveSchema = z.object({
  teamId: id,
  month: z.string().regex(/^\d{4}-\d{2}$/),
  nonce: id.optional(),
  score: z.string().max(10).optional(),
  reason: z.string().max(2000).optional(),
});

/** The teams whose scores the person sees: a tovholder, expert or admin every team of their collaboratives in reach, others their own. */
async function visibleTeams(ctx: FlowContext): Promise<Team[]> {
  const out = new Map<string, Team>();
  for (const m of ctx.memberships) {
    if (m.teamId) {
      const team = await ctx.store.teams.get(m.teamId);
      if (team) out.set(team.id, team);
    } else if (m.collaborativeId) {
      for (const team of await ctx.store.teams.listByCollaborative(m.collaborativeId))
        if (checkTeamPermission(ctx.memberships, 'team.read', team).allowed) out.set(team.id, team);
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

async function rowsOf(ctx: FlowContext, teams: Team[]) {
  return Promise.all(teams.map(async (team) => ({ team, scores: await ctx.store.progress.listForTeam(team.id) })));
}

/** The team the person leads here (the score form), or null. */
function ledTeam(ctx: FlowContext, teams: Team[]): Team | null {
  const led = teams.filter((t) => ctx.memberships.some((m) => m.role === 'lead' && m.teamId === t.id));
  const linked = ctx.conversationRef?.teamId;
  return led.find((t) => t.id === linked) ?? led[0] ?? null;
}

async function show(ctx: FlowContext, teamId?: string): Promise<Reply[]> {
  const teams = await visibleTeams(ctx);
  if (teams.length === 0) throw new DomainError('PERMISSION_DENIED', { reason: 'notInTeam' });
  const form = teamId
    ? (teams.find((t) => t.id === teamId && ctx.memberships.some((m) => m.role === 'lead' && m.teamId === t.id)) ??
      null)
    : ledTeam(ctx, teams);
  return [progressReply(ctx, await rowsOf(ctx, teams), form)];
}

/** Saves the month's score; a missing score or reason re-shows the form with what was typed, nothing stored. */
async function save(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const form = parseData(saveSchema, data);
  const team = await resolveTeam(ctx, 'actionplan.write', form.teamId);
  if (!ctx.memberships.some((m) => m.role === 'lead' && m.teamId === team.id))
    throw new DomainError('PERMISSION_DENIED', { reason: 'leadOrCoordinatorOnly' });
  const score = Number((form.score ?? '').replace(',', '.'));
  const reason = (form.reason ?? '').trim();
  const problems = [
    ...((PROGRESS_SCORES as readonly number[]).includes(score) ? [] : [ctx.t('progress.problem.score')]),
    ...(reason && reason.length <= 300 && !containsCpr(reason)
      ? []
      : [
          ctx.t(reason && containsCpr(reason) ? 'actionPlan.problem.cpr' : 'progress.problem.reason', {
            field: ctx.t('progress.field.reason'),
          }),
        ]),
  ];
  const teams = await visibleTeams(ctx);
  if (problems.length)
    return [
      progressReply(ctx, await rowsOf(ctx, teams), team, {
        headline: problems.join(' '),
        draft: { score: form.score, reason: form.reason },
      }),
    ];
  await claimNonce(ctx, form.nonce);
  await ctx.store.progress.put(
    { teamId: team.id, month: form.month, score, reason },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const headline = ctx.t('progress.saved', {
    score: formatScore(ctx, score),
    month: periodLabel(form.month, ctx.locale),
  });
  return [progressReply(ctx, await rowsOf(ctx, teams), team, { headline })];
}

/** `fremdrift`: the IHI progress scores of the teams in reach, and for a team lead the month's score form. */
export const progressFlow: Flow = {
  name: 'progress',
  commands: [
    {
      words: ['fremdrift', 'progress'],
      help: {
        usage: 'progress.cmd',
        description: 'progress.cmd.text',
        roles: ['lead', 'sponsor', 'expert', 'tovholder', 'admin'],
      },
      handle: (ctx) => show(ctx),
    },
  ],
  actions: {
    'progress.show': (ctx, data) => show(ctx, parseData(z.object({ teamId: id.optional() }), data).teamId),
    'progress.save': save,
  },
};
