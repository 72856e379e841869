import { z } from 'zod';
import { DomainError, type PdsaCycle, type Team } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { advanceCycle } from '../pdsa/advance-cycle';
import { cycleCard, PDSA_CYCLE_VIEW } from '../pdsa/cycle-card';
import { cycleView } from '../pdsa/cycle-view';
import { editDue, setDue } from '../pdsa/due-form';
import { listCard } from '../pdsa/list-card';
import {
  askSponsorCommand,
  clearSponsorHelp,
  openSponsorForm,
  saveSponsorHelp,
  solvedSponsorCommand,
} from '../pdsa/sponsor-help';
import { nextCycleDraft, PLAN_DUE_FIELDS, PLAN_TEXT_FIELDS, planForm, type PlanDraft } from '../pdsa/plan-form';
import { checkTeamPermission } from '../permissions';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

/** Drafts of the Plan form are kept this long. */
const DRAFT_TTL_MS = 30 * 24 * 3600 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().min(1).max(64);
const str = z.string().max(4000).optional();
const draftSchema = z.object(
  Object.fromEntries([...PLAN_TEXT_FIELDS, ...PLAN_DUE_FIELDS, 'measureIds'].map((k) => [k, str])),
) as z.ZodType<PlanDraft>;
const teamSchema = z.object({ teamId: id.optional() });
const newSchema = z.object({ teamId: id.optional(), previousCycleId: id.optional() });
const cycleSchema = z.object({ cycleId: id });

const draftKey = (ctx: FlowContext, teamId: string) => `pdsaDraft:${ctx.person.id}:${teamId}`;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);
const canWrite = (ctx: FlowContext, team: Team) => checkTeamPermission(ctx.memberships, 'pdsa.write', team).allowed;

async function list(ctx: FlowContext, teamId?: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'team.read', teamId);
  return [listCard(ctx, team, await ctx.store.pdsa.listForTeam(team.id), canWrite(ctx, team))];
}

/**
 * `pdsa <words>`: the one cycle of the team whose title contains the words (the newest unfinished one when
 * several do), else the list with a note that none matched.
 */
async function findOrList(ctx: FlowContext, words: string): Promise<Reply[]> {
  const wanted = words.trim().toLocaleLowerCase('da');
  if (!wanted) return list(ctx);
  const team = await resolveTeam(ctx, 'team.read');
  const cycles = await ctx.store.pdsa.listForTeam(team.id);
  const hits = cycles
    .filter((c) => c.title.toLocaleLowerCase('da').includes(wanted))
    .sort(
      (a, b) =>
        Number(a.phase === 'done') - Number(b.phase === 'done') || b.createdAt.getTime() - a.createdAt.getTime(),
    );
  if (hits[0])
    return [cycleCard(ctx, hits[0], team, await ctx.store.measures.listForTeam(team.id), canWrite(ctx, team))];
  return [{ text: ctx.t('pdsa.notFound', { words: words.trim() }) }, listCard(ctx, team, cycles, canWrite(ctx, team))];
}

/** The Plan form: for the next cycle of a change idea, from the saved draft, or empty (with a typed title). */
async function startNew(
  ctx: FlowContext,
  data: { teamId?: string; previousCycleId?: string; title?: string },
): Promise<Reply[]> {
  const previous = data.previousCycleId ? await ctx.store.pdsa.get(data.previousCycleId) : null;
  const team = await resolveTeam(ctx, 'pdsa.write', previous?.teamId ?? data.teamId);
  const measures = await ctx.store.measures.listForTeam(team.id);
  if (previous) {
    let n = 2;
    for (let c: PdsaCycle | null = previous; c?.previousCycleId && n < 100; n++)
      c = await ctx.store.pdsa.get(c.previousCycleId);
    return planForm(ctx, team, measures, nextCycleDraft(ctx, previous, n), { previous });
  }
  const draft = await ctx.store.conversationState.get<PlanDraft>(draftKey(ctx, team.id), ctx.clock.now());
  const headline = draft ? ctx.t('pdsa.plan.draftRestored') : null;
  return planForm(ctx, team, measures, { ...draft, ...(data.title ? { title: data.title } : {}) }, { headline });
}

async function saveDraft(ctx: FlowContext, teamId: string, draft: PlanDraft): Promise<void> {
  await ctx.store.conversationState.put(
    draftKey(ctx, teamId),
    draft,
    new Date(ctx.clock.now().getTime() + DRAFT_TTL_MS),
  );
}

/** Creates a cycle from the Plan form; a missing title/objective or a bad date re-shows the form with what was typed. */
async function create(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { teamId, nonce, previousCycleId } = parseData(
    z.object({ teamId: id, nonce: id.optional(), previousCycleId: id.optional() }),
    data,
  );
  const draft = parseData(draftSchema, data);
  const team = await resolveTeam(ctx, 'pdsa.write', teamId);
  const measures = await ctx.store.measures.listForTeam(team.id);
  const previous = previousCycleId ? await ctx.store.pdsa.get(previousCycleId) : null;
  const badDate = PLAN_DUE_FIELDS.find((k) => draft[k]?.trim() && !ISO_DATE.test(draft[k]!.trim()));
  const disorder = badDate ? null : outOfOrder(draft);
  if (!blank(draft.title) || !blank(draft.objective) || badDate || disorder) {
    if (!previous) await saveDraft(ctx, team.id, draft);
    const field = (k: string) => ctx.t(`pdsa.field.${k}`);
    const headline = badDate
      ? ctx.t('pdsa.plan.badDate', { field: field(badDate) })
      : disorder
        ? ctx.t('pdsa.plan.dateOrder', { first: field(disorder[0]), second: field(disorder[1]) })
        : ctx.t('pdsa.plan.missing');
    return planForm(ctx, team, measures, draft, { headline, previous });
  }
  await claimNonce(ctx, nonce);
  const allowed = new Set(measures.map((m) => m.id));
  const cycle = await ctx.store.pdsa.create(
    {
      teamId: team.id,
      title: draft.title!.trim(),
      changeIdea: blank(draft.changeIdea),
      ownerId: ctx.person.id,
      plan: {
        objective: draft.objective!.trim(),
        questions: blank(draft.questions),
        prediction: blank(draft.prediction),
        who: blank(draft.who),
        what: blank(draft.what),
        when: blank(draft.when),
        where: blank(draft.where),
        dataToCollect: blank(draft.dataToCollect),
      },
      dueDates: {
        plan: blank(draft.duePlan),
        do: blank(draft.dueDo),
        study: blank(draft.dueStudy),
        act: blank(draft.dueAct),
      },
      measureIds: (draft.measureIds ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => allowed.has(s)),
      previousCycleId: previous?.teamId === team.id ? previous.id : null,
    },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  await ctx.store.conversationState.delete(draftKey(ctx, team.id));
  return [cycleCard(ctx, cycle, team, measures, true, ctx.t('pdsa.created'))];
}

/** The first pair of due dates (in phase order) where the earlier phase is due after the later one, if any. */
function outOfOrder(draft: PlanDraft): [string, string] | null {
  const given = PLAN_DUE_FIELDS.filter((k) => blank(draft[k]));
  for (let i = 1; i < given.length; i++) {
    if (draft[given[i - 1]!]!.trim() > draft[given[i]!]!.trim()) return [given[i - 1]!, given[i]!];
  }
  return null;
}

async function open(ctx: FlowContext, cycleId: string): Promise<Reply[]> {
  const cycle = await ctx.store.pdsa.get(cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND');
  const team = await resolveTeam(ctx, 'team.read', cycle.teamId);
  return [cycleCard(ctx, cycle, team, await ctx.store.measures.listForTeam(team.id), canWrite(ctx, team))];
}

/** PDSA cycles: list, Plan form (with drafts), and one card per phase through Do, Study and Act. */
export const pdsaFlow: Flow = {
  name: 'pdsa',
  commands: [
    {
      words: ['pdsa ny', 'pdsa new', 'ny pdsa', 'new pdsa'],
      help: { usage: 'pdsa.cmd.new', description: 'pdsa.cmd.new.text', roles: ['member', 'lead'] },
      handle: (ctx, args) => startNew(ctx, { title: args.trim() || undefined }),
    },
    {
      words: ['pdsa'],
      help: {
        usage: 'pdsa.cmd.list',
        description: 'pdsa.cmd.list.text',
        roles: ['member', 'lead', 'sponsor', 'expert', 'tovholder', 'admin'],
      },
      handle: findOrList,
    },
    {
      // "sponsor:" with its colon is a word of its own when the text follows after a space.
      words: [
        'brug for hjælp fra sponsor',
        'brug for hjælp fra sponsor:',
        'need help from sponsor',
        'need help from sponsor:',
      ],
      help: { usage: 'pdsa.sponsor.cmd', description: 'pdsa.sponsor.cmd.text', roles: ['lead', 'tovholder'] },
      handle: askSponsorCommand,
    },
    {
      words: ['hjælp fra sponsor løst', 'sponsor help solved'],
      handle: (ctx) => solvedSponsorCommand(ctx),
    },
  ],
  actions: {
    'pdsa.list': (ctx, data) => list(ctx, parseData(teamSchema, data).teamId),
    'pdsa.new': (ctx, data) => startNew(ctx, parseData(newSchema, data)),
    'pdsa.create': create,
    'pdsa.saveDraft': async (ctx, data) => {
      const team = await resolveTeam(ctx, 'pdsa.write', parseData(teamSchema, data).teamId);
      await saveDraft(ctx, team.id, parseData(draftSchema, data));
      return [{ text: ctx.t('pdsa.draftSaved') }];
    },
    'pdsa.open': (ctx, data) => open(ctx, parseData(cycleSchema, data).cycleId),
    'pdsa.advance': advanceCycle,
    'pdsa.editDue': editDue,
    'pdsa.setDue': setDue,
    'pdsa.sponsorForm': openSponsorForm,
    'pdsa.sponsorSave': saveSponsorHelp,
    'pdsa.sponsorClear': clearSponsorHelp,
  },
  views: { [PDSA_CYCLE_VIEW]: cycleView },
};
