import { z } from 'zod';
import { DomainError, periodLabel, type Measure, type Team } from '../../domain';
import type { FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { teamMeasureById } from './baseline-target';
import { storeEvent } from './set-baseline';

const proposalSchema = z.object({
  teamId: z.string().min(1).max(64),
  measureId: z.string().min(1).max(64),
  periodKey: z.string().regex(/^\d{4}-(W\d{2}|\d{2}|\d{2}-\d{2})$/),
});

async function openProposal(
  ctx: FlowContext,
  data: Record<string, unknown>,
): Promise<{ team: Team; measure: Measure; periodKey: string }> {
  const { teamId, measureId, periodKey } = parseData(proposalSchema, data);
  const team = await resolveTeam(ctx, 'baseline.write', teamId);
  const measure = await teamMeasureById(ctx, team, measureId);
  if (!(await ctx.store.baselines.proposal(team.id, measure.id, periodKey))) throw new DomainError('NOT_FOUND');
  return { team, measure, periodKey };
}

/** "Accepter": starts the proposed part (once; a second press answers that it is already saved). */
export async function acceptProposal(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { team, measure, periodKey } = await openProposal(ctx, data);
  const actor = { personId: ctx.person.id, at: ctx.clock.now() };
  if (!(await ctx.store.baselines.decide(team.id, measure.id, periodKey, 'accepted', actor)))
    return [{ text: ctx.t('baseline.proposal.alreadySaved') }];
  const replies = await storeEvent(ctx, team, measure, 'part', periodKey, ctx.t('baseline.why.accepted'));
  const since = periodLabel(periodKey, ctx.locale, Number.NaN);
  return [{ text: ctx.t('baseline.proposal.accepted', { since, measure: measure.code }) }, ...replies.slice(1)];
}

/** "Ikke nu": records the decline, so the bot never proposes that start again. */
export async function declineProposal(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { team, measure, periodKey } = await openProposal(ctx, data);
  const actor = { personId: ctx.person.id, at: ctx.clock.now() };
  if (!(await ctx.store.baselines.decide(team.id, measure.id, periodKey, 'declined', actor)))
    return [{ text: ctx.t('baseline.proposal.alreadySaved') }];
  const since = periodLabel(periodKey, ctx.locale, Number.NaN);
  return [{ text: ctx.t('baseline.proposal.declined', { since, measure: measure.code }) }];
}
