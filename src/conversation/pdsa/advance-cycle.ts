import { z } from 'zod';
import { ACTIVE_PDSA_PHASES, DomainError, type PdsaAdvance } from '../../domain';
import type { FlowContext } from '../flow';
import { newUndoMeta, putUndo, undoKey, type PdsaAdvanceUndo } from '../last-undo';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { cycleCard } from './cycle-card';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const id = z.string().min(1).max(64);
const str = z.string().max(4000).optional();
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

const advanceSchema = z.object({
  cycleId: id,
  from: z.enum(ACTIVE_PDSA_PHASES),
  nonce: id.optional(),
  startedOn: str,
  finishedOn: str,
  whatHappened: str,
  problems: str,
  results: str,
  comparedToPrediction: str,
  learning: str,
  decision: str,
  nextStep: str,
});

/**
 * Moves a cycle one phase on with the fields of the phase it leaves; a double submit changes nothing. A typed
 * `fortryd` can take the step back for a few minutes.
 */
export async function advanceCycle(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const form = parseData(advanceSchema, data);
  const cycle = await ctx.store.pdsa.get(form.cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND');
  const team = await resolveTeam(ctx, 'pdsa.write', cycle.teamId);
  const measures = await ctx.store.measures.listForTeam(team.id);
  const missing = (key: string) => [{ text: ctx.t('pdsa.form.missing', { field: ctx.t(`pdsa.field.${key}`) }) }];
  const date = (s: string | undefined) => (blank(s) && ISO_DATE.test(s!.trim()) ? s!.trim() : null);
  let step: PdsaAdvance;
  if (form.from === 'plan') step = { from: 'plan', to: 'do' };
  else if (form.from === 'do') {
    if (!blank(form.whatHappened)) return missing('whatHappened');
    step = {
      from: 'do',
      to: 'study',
      fields: {
        startedOn: date(form.startedOn),
        finishedOn: date(form.finishedOn),
        whatHappened: form.whatHappened!.trim(),
        problems: blank(form.problems),
      },
    };
  } else if (form.from === 'study') {
    if (!blank(form.results)) return missing('results');
    step = {
      from: 'study',
      to: 'act',
      fields: {
        results: form.results!.trim(),
        comparedToPrediction: blank(form.comparedToPrediction),
        learning: blank(form.learning),
      },
    };
  } else {
    const decision = z.enum(['adopt', 'adapt', 'abandon']).safeParse(form.decision);
    if (!decision.success) return missing('decision');
    step = { from: 'act', to: 'done', fields: { decision: decision.data, nextStep: blank(form.nextStep) } };
  }
  await claimNonce(ctx, form.nonce);
  if (cycle.phase !== form.from)
    return [{ text: ctx.t('pdsa.alreadyMoved') }, cycleCard(ctx, cycle, team, measures, true)];
  const updated = await ctx.store.pdsa.advance(cycle.id, step, { personId: ctx.person.id, at: ctx.clock.now() });
  const undo: PdsaAdvanceUndo = {
    ...newUndoMeta(ctx),
    kind: 'pdsaAdvance',
    cycleId: cycle.id,
    step: { from: step.from, to: step.to } as PdsaAdvanceUndo['step'],
    advancedAt: updated.updatedAt.toISOString(),
  };
  await putUndo(ctx, undoKey(ctx.person.id, `pdsa:${cycle.id}`), undo);
  return [cycleCard(ctx, updated, team, measures, true, ctx.t(`pdsa.advanced.${updated.phase}`))];
}
