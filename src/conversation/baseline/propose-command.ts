import { DomainError, localDate, periodLabel, reminderCause, type Measure, type Team } from '../../domain';
import type { FlowContext } from '../flow';
import { checkTeamPermission, requireAllowed } from '../permissions';
import { matchMeasure } from '../quick-text/match-measure';
import { teamsInReach } from '../team-scope';
import type { Reply } from '../turn';
import { checkedPeriod } from './baseline-target';
import { parseBaselineArgs } from './parse-baseline-args';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * `foreslå periode Hvidovre OP24 fra uge 29 2026`: a tovholder or expert proposes a new part to a team; each of
 * the team's members and leads gets the proposal card (a reminder delivered through the usual reach path).
 * Proposed once per team, measure and period.
 */
export async function proposeCommand(ctx: FlowContext, args: string): Promise<Reply[]> {
  const example = ctx.t('baseline.cmd.propose');
  const parsed = parseBaselineArgs(args, localDate(ctx.clock.now()), example);
  const { team, measure } = await teamAndMeasure(ctx, parsed.subject, example);
  requireAllowed(checkTeamPermission(ctx.memberships, 'baseline.propose', team));
  const periodKey = await checkedPeriod(ctx, team, measure, 'part', parsed.periodKey, parsed.periodText);
  const since = periodLabel(periodKey, ctx.locale, Number.NaN);
  const now = ctx.clock.now();
  if (!(await ctx.store.baselines.propose(team.id, measure.id, periodKey, { personId: ctx.person.id, at: now })))
    return [{ text: ctx.t('baseline.proposal.exists', { since, measure: measure.code, team: team.name }) }];
  const people = [
    ...new Set(
      (await ctx.store.memberships.listForTeam(team.id))
        .filter((m) => m.role === 'member' || m.role === 'lead')
        .map((m) => m.personId),
    ),
  ];
  if (people.length === 0) return [{ text: ctx.t('baseline.proposal.noRecipients', { team: team.name }) }];
  for (const personId of people) {
    await ctx.store.reminders.schedule({
      kind: 'baseline_proposal',
      dedupeKey: `baseline-proposal:${team.id}:${measure.id}:${periodKey}:${personId}`,
      causeKey: reminderCause.baselineProposal(team.id, measure.id, periodKey),
      recipient: { kind: 'person', personId },
      dueAt: now,
      payload: { teamId: team.id, measureId: measure.id, periodKey, proposedBy: ctx.person.id },
    });
  }
  return [{ text: ctx.t('baseline.proposal.sent', { since, count: people.length, team: team.name }) }];
}

/** Splits the words before the period into a team the person reaches and one of its measures (the last words). */
async function teamAndMeasure(
  ctx: FlowContext,
  words: string[],
  example: string,
): Promise<{ team: Team; measure: Measure }> {
  if (words.length < 2) throw new DomainError('BASELINE_TEAM_MISSING', { example });
  const teams = await teamsInReach(ctx);
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const teamQuery = norm(words.slice(0, cut).join(' '));
    const named = teams.filter((t) => norm(t.name) === teamQuery || norm(t.name).includes(teamQuery));
    if (named.length !== 1) continue;
    const team = named[0]!;
    const match = matchMeasure(words.slice(cut).join(' '), await ctx.store.measures.listForTeam(team.id));
    if (match.kind === 'one') return { team, measure: match.measure };
    throw new DomainError('UNKNOWN_MEASURE', { measure: words.slice(cut).join(' ') });
  }
  throw new DomainError('UNKNOWN_TEAM');
}
