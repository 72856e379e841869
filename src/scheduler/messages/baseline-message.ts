import { periodLabel } from '../../domain';
import { baselineProposalCard } from '../../reporting/baseline-proposal-card';
import { drop, type MessageBuilder } from './message-context';

/** A tovholder's or expert's proposal of a new part, with the team's chart; dropped once the team decided. */
export const baselineProposalMessage: MessageBuilder<'baseline_proposal'> = async (r, ctx) => {
  const { teamId, measureId, periodKey, proposedBy } = r.payload;
  const proposal = await ctx.store.baselines.proposal(teamId, measureId, periodKey);
  if (!proposal) return drop('proposal not found');
  if (proposal.status !== 'open') return drop(`proposal already ${proposal.status}`);
  if (!ctx.charts) return drop('charts are not configured');
  const [team, measure, proposer] = await Promise.all([
    ctx.store.teams.get(teamId),
    ctx.store.measures.get(measureId),
    ctx.store.persons.get(proposedBy),
  ]);
  if (!team || !measure) return drop('team or measure not found');
  const { card } = baselineProposalCard({
    t: ctx.t,
    locale: ctx.locale,
    charts: ctx.charts,
    team,
    measure,
    periodKey,
    reason: ctx.t('baseline.proposal.byPerson', {
      who: proposer?.displayName ?? '',
      measure: measure.code,
      since: periodLabel(periodKey, ctx.locale, Number.NaN),
    }),
  });
  return { message: { text: card.summary, card } };
};
