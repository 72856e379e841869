import type { BaselineEvent, Measure, Team } from '../../domain';
import { baselineProposalCard, shiftReason } from '../../reporting/baseline-proposal-card';
import type { SeriesAnalysis } from '../../reporting/series-analysis';
import { shiftAfterPdsa } from '../../reporting/shift-after-pdsa';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';

/**
 * After a measurement: when the value made a shift appear on the run chart (`before` is the analysis without
 * it) that began at or after a PDSA cycle's test start, and no part starts there, proposes the split once (the
 * proposal is stored per team, measure and start period, so neither a later value, an undo and the same value
 * again, nor a decline brings it back). Null when there is nothing to propose.
 */
export async function proposeAfterShift(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  analysis: SeriesAnalysis,
  events: readonly BaselineEvent[],
  before: () => SeriesAnalysis,
): Promise<Reply | null> {
  // Cheap checks first: most measurement turns end here without another read.
  if (analysis.chart !== 'run' || !analysis.signal) return null;
  const cycles = await ctx.store.pdsa.listForTeam(team.id);
  const shift = shiftAfterPdsa(analysis, measure, cycles, events);
  if (!shift) return null;
  // A shift already there before this value did not just appear.
  if (shiftAfterPdsa(before(), measure, cycles, events)?.periodKey === shift.periodKey) return null;
  const fresh = await ctx.store.baselines.propose(team.id, measure.id, shift.periodKey, {
    personId: null,
    at: ctx.clock.now(),
  });
  if (!fresh) return null;
  const { card, alt } = baselineProposalCard({
    t: ctx.t,
    locale: ctx.locale,
    charts: ctx.charts,
    team,
    measure,
    periodKey: shift.periodKey,
    reason: shiftReason(ctx.t, shift, ctx.locale),
  });
  return { card, charts: [{ measureId: measure.id, teamId: team.id, chart: 'run', size: 'full', alt }] };
}
