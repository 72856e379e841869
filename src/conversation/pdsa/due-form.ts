import { z } from 'zod';
import { ACTIVE_PDSA_PHASES, DomainError, localDate, PDSA_PHASES, type PdsaCycle, type Team } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { pdsaDueFormCard } from '../../cards/builders/pdsa-cards';
import type { FlowContext } from '../flow';
import { parseDateInput } from '../action-plan/parse-date-input';
import { parseData } from '../parse-data';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { cycleCard, readableDate } from './cycle-card';

const id = z.string().min(1).max(64);
const openSchema = z.object({ cycleId: id });
const setSchema = z.object({
  cycleId: id,
  phase: z.enum(PDSA_PHASES),
  due: z.string().max(40).optional(),
});

/** The cycle and its team, for someone who may write its PDSA. */
async function writableCycle(ctx: FlowContext, cycleId: string): Promise<{ cycle: PdsaCycle; team: Team }> {
  const cycle = await ctx.store.pdsa.get(cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND');
  return { cycle, team: await resolveTeam(ctx, 'pdsa.write', cycle.teamId) };
}

function dueForm(ctx: FlowContext, cycle: PdsaCycle, value: string, headline: string | null = null): Reply[] {
  const { t } = ctx;
  const phase = t(`pdsa.phase.${cycle.phase}`);
  return [
    {
      card: pdsaDueFormCard({
        headline,
        title: t('pdsa.due.title', { phase, title: cycle.title }),
        text: t('pdsa.due.text', { phase }),
        label: t('pdsa.due.label'),
        value,
        min: localDate(ctx.clock.now(), ctx.person.timeZone),
        submit: submitButton(t('pdsa.button.saveDue'), 'pdsa.setDue', { cycleId: cycle.id, phase: cycle.phase }),
        buttons: [button(t('pdsa.button.back'), 'pdsa.open', { cycleId: cycle.id })],
      }),
    },
  ];
}

/** "Skift frist": a small form for the due date of the cycle's current phase. */
export async function editDue(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { cycle, team } = await writableCycle(ctx, parseData(openSchema, data).cycleId);
  if (cycle.phase === 'done')
    return [
      { text: ctx.t('pdsa.due.finished') },
      cycleCard(ctx, cycle, team, await ctx.store.measures.listForTeam(team.id), true),
    ];
  return dueForm(ctx, cycle, cycle.dueDates[cycle.phase] ?? '');
}

/**
 * Saves (or clears) the due date of the phase the form was opened for. The phase's reminder follows: the planner
 * keys it by the date, and the old date's row is dropped at send time because it no longer matches.
 */
export async function setDue(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const form = parseData(setSchema, data);
  const { cycle, team } = await writableCycle(ctx, form.cycleId);
  const measures = await ctx.store.measures.listForTeam(team.id);
  if (cycle.phase !== form.phase || cycle.phase === 'done')
    return [{ text: ctx.t('pdsa.alreadyMoved') }, cycleCard(ctx, cycle, team, measures, true)];
  const today = localDate(ctx.clock.now(), ctx.person.timeZone);
  // A date picker sends ISO; a typed field (Slack, older clients) any Danish date shape.
  const due = form.due?.trim() ? parseDateInput(form.due) : null;
  if (form.due?.trim() && due === null) return dueForm(ctx, cycle, form.due, ctx.t('pdsa.due.bad'));
  if (due !== null && due < today) return dueForm(ctx, cycle, due, ctx.t('pdsa.due.past'));
  // Setting a date is idempotent (a repeated submit stores nothing new), so the form can be corrected and resent.
  const updated =
    (cycle.dueDates[cycle.phase] ?? null) === due
      ? cycle
      : await ctx.store.pdsa.update(
          cycle.id,
          { dueDates: { ...cycle.dueDates, [cycle.phase]: due } },
          { personId: ctx.person.id, at: ctx.clock.now() },
        );
  const phase = ctx.t(`pdsa.phase.${cycle.phase}`);
  let headline = due
    ? ctx.t('pdsa.due.saved', { phase, date: readableDate(ctx, due) })
    : ctx.t('pdsa.due.cleared', { phase });
  // A later phase now due before this one: say so (its date is changed when the cycle gets there).
  const later = ACTIVE_PDSA_PHASES.slice(ACTIVE_PDSA_PHASES.indexOf(cycle.phase) + 1).find(
    (p) => due && (updated.dueDates[p] ?? due) < due,
  );
  if (later)
    headline += ` ${ctx.t('pdsa.due.laterEarlier', { phase: ctx.t(`pdsa.phase.${later}`), date: readableDate(ctx, updated.dueDates[later]!) })}`;
  return [cycleCard(ctx, updated, team, measures, true, headline)];
}
