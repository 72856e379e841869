import { z } from 'zod';
import {
  ACTIVE_PDSA_PHASES,
  DomainError,
  PDSA_SPONSOR_HELP_MAX,
  containsCpr,
  type PdsaCycle,
  type Team,
} from '../../domain';
import { button, submitButton } from '../../cards/button';
import { choiceCard } from '../../cards/builders/choice-card';
import { pdsaSponsorFormCard } from '../../cards/builders/pdsa-sponsor-cards';
import type { FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { checkTeamPermission } from '../permissions';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { cycleCard } from './cycle-card';

const id = z.string().min(1).max(64);
/** Most cycles offered as buttons (a card shows six actions at most). */
const PICKER_BUTTONS = 5;
const cycleSchema = z.object({ cycleId: id });
// Longer than allowed still parses, so the form can come back with the text and say how long it may be.
const saveSchema = z.object({ cycleId: id, sponsorHelp: z.string().max(20_000).optional() });

/** The cycle and its team, for someone who may ask the sponsor (the team's lead, a tovholder, an admin). */
async function sponsorCycle(ctx: FlowContext, cycleId: string): Promise<{ cycle: PdsaCycle; team: Team }> {
  const cycle = await ctx.store.pdsa.get(cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND');
  return { cycle, team: await resolveTeam(ctx, 'pdsa.sponsor', cycle.teamId) };
}

async function shown(ctx: FlowContext, cycle: PdsaCycle, team: Team, headline: string): Promise<Reply[]> {
  const canWrite = checkTeamPermission(ctx.memberships, 'pdsa.write', team).allowed;
  return [cycleCard(ctx, cycle, team, await ctx.store.measures.listForTeam(team.id), canWrite, headline)];
}

function form(ctx: FlowContext, cycle: PdsaCycle, value: string, headline: string | null = null): Reply[] {
  const { t } = ctx;
  const card = pdsaSponsorFormCard({
    headline,
    title: t('pdsa.sponsor.form.title', { title: cycle.title }),
    text: t('pdsa.sponsor.form.text'),
    label: t('pdsa.sponsor.form.label'),
    value,
    placeholder: t('pdsa.sponsor.form.placeholder'),
    submit: submitButton(t('pdsa.sponsor.button.save'), 'pdsa.sponsorSave', { cycleId: cycle.id }),
    buttons: [button(t('pdsa.button.back'), 'pdsa.open', { cycleId: cycle.id })],
  });
  return [{ card }];
}

/** Stores (or with an empty text clears) the request and shows the cycle; too long a text refuses with the form. */
async function store(ctx: FlowContext, cycle: PdsaCycle, team: Team, text: string): Promise<Reply[]> {
  const request = text.trim();
  if (request.length > PDSA_SPONSOR_HELP_MAX)
    return form(
      ctx,
      cycle,
      request,
      ctx.t('pdsa.sponsor.tooLong', { max: PDSA_SPONSOR_HELP_MAX, length: request.length }),
    );
  if (containsCpr(request)) throw new DomainError('CPR_NUMBER_REFUSED');
  const updated = await ctx.store.pdsa.setSponsorHelp(cycle.id, request || null, {
    personId: ctx.person.id,
    at: ctx.clock.now(),
  });
  return shown(ctx, updated, team, ctx.t(request ? 'pdsa.sponsor.saved' : 'pdsa.sponsor.cleared'));
}

/** "Brug for hjælp fra sponsor" on the cycle card: the small form. */
export async function openSponsorForm(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { cycle } = await sponsorCycle(ctx, parseData(cycleSchema, data).cycleId);
  return form(ctx, cycle, cycle.sponsorHelp ?? '');
}

/** The form's submit, and a picked cycle for a typed request. */
export async function saveSponsorHelp(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const f = parseData(saveSchema, data);
  const { cycle, team } = await sponsorCycle(ctx, f.cycleId);
  return store(ctx, cycle, team, f.sponsorHelp ?? '');
}

/** "Hjælp fra sponsor løst" on the cycle card, or a picked cycle for the typed command. */
export async function clearSponsorHelp(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { cycle, team } = await sponsorCycle(ctx, parseData(cycleSchema, data).cycleId);
  return store(ctx, cycle, team, '');
}

/** `brug for hjælp fra sponsor: <tekst>`: on the team's active cycle, or a picker when it has several. */
export async function askSponsorCommand(ctx: FlowContext, args: string): Promise<Reply[]> {
  const { t } = ctx;
  const request = args.replace(/^\s*:\s*/, '').trim();
  const team = await resolveTeam(ctx, 'pdsa.sponsor');
  if (!request) return [{ text: t('pdsa.sponsor.usage') }];
  const active = await ctx.store.pdsa.listForTeam(team.id, [...ACTIVE_PDSA_PHASES]);
  if (active.length === 0) return [{ text: t('pdsa.sponsor.noActive') }];
  if (active.length === 1) return store(ctx, active[0]!, team, request);
  if (request.length > PDSA_SPONSOR_HELP_MAX)
    return [{ text: t('pdsa.sponsor.tooLong', { max: PDSA_SPONSOR_HELP_MAX, length: request.length }) }];
  return [
    cyclePicker(ctx, active, t('pdsa.sponsor.pickText', { request }), 'pdsa.sponsorSave', { sponsorHelp: request }),
  ];
}

/** `hjælp fra sponsor løst`: clears the team's one open request, or asks which when there are several. */
export async function solvedSponsorCommand(ctx: FlowContext): Promise<Reply[]> {
  const { t } = ctx;
  const team = await resolveTeam(ctx, 'pdsa.sponsor');
  const open = (await ctx.store.pdsa.listForTeam(team.id)).filter((c) => c.sponsorHelp);
  if (open.length === 0) return [{ text: t('pdsa.sponsor.noneOpen') }];
  if (open.length === 1) return store(ctx, open[0]!, team, '');
  return [cyclePicker(ctx, open, t('pdsa.sponsor.pickSolvedText'), 'pdsa.sponsorClear', {})];
}

/** Which cycle: a button each, or a drop-down when there are more than a card shows as buttons. */
function cyclePicker(
  ctx: FlowContext,
  cycles: PdsaCycle[],
  text: string,
  verb: string,
  data: Record<string, unknown>,
): Reply {
  const { t } = ctx;
  const title = t('pdsa.sponsor.pickTitle');
  if (cycles.length <= PICKER_BUTTONS)
    return {
      card: choiceCard({ title, text, buttons: cycles.map((c) => button(c.title, verb, { ...data, cycleId: c.id })) }),
    };
  const choices = cycles.map((c) => ({ title: c.title, value: c.id }));
  const submit = submitButton(t('picker.submit'), verb, data);
  return {
    card: choiceCard({
      title,
      text,
      select: { id: 'cycleId', label: title, error: t('common.chooseOne'), choices, submit },
    }),
  };
}
