import { DEFAULT_TIME_ZONE, lastClosedPeriod, missingPeriods, type Collaborative, type PeriodKind } from '../../domain';
import { DATA_REPORTERS, teamPeople } from '../audiences';
import type { Audience } from '../planners/audience';
import { planDataReminders } from '../planners/data-plan';
import type { SweepContext } from './sweep-context';

/** Bound of the handled-triples memory (cleared when full; the next sweep rebuilds it). */
const MAX_HANDLED = 500_000;

/**
 * For each team × measure: when the last closed period has no value, plan the nudges to the team's members and
 * leads (never sponsors). Which periods count is `missingPeriods`: optional measures only once the team has
 * reported them, nothing before the measure's start for the team (its creation, the team's, or the team's first
 * value) or outside the collaborative. It runs every tick: `handled` remembers the
 * (measure, team, period) triples already planned or found complete, so a team whose triples are all handled
 * costs one query (its measures) instead of reading its measurements again.
 */
export async function sweepData(ctx: SweepContext, handled: Set<string>): Promise<number> {
  const collaboratives = new Map<string, Collaborative | null>();
  let n = 0;
  for (const team of await ctx.store.teams.list()) {
    if (!collaboratives.has(team.collaborativeId))
      collaboratives.set(team.collaborativeId, await ctx.store.collaboratives.get(team.collaborativeId));
    const collaborative = collaboratives.get(team.collaborativeId);
    if (!collaborative) continue;
    const measures = await ctx.store.measures.listForTeam(team.id);
    const keyOf = (measureId: string, period: PeriodKind) =>
      `${measureId}|${team.id}|${lastClosedPeriod(period, ctx.now, DEFAULT_TIME_ZONE)}`;
    if (measures.every((m) => handled.has(keyOf(m.id, m.period)))) continue;
    const recorded = new Map<string, string[]>();
    for (const v of await ctx.store.measurements.listForTeam(team.id)) {
      const keys = recorded.get(v.measureId) ?? [];
      keys.push(v.periodKey);
      recorded.set(v.measureId, keys);
    }
    let audience: Audience[] | null = null;
    for (const measure of measures) {
      const key = keyOf(measure.id, measure.period);
      if (handled.has(key)) continue;
      // Optional measures stay unhandled until the team reports them; they are cheap to look at again.
      if (measure.scope === 'optional' && !recorded.has(measure.id)) continue;
      // The same rule as every "Mangler data": from the measure's start for the team, within the collaborative.
      const [periodKey] = missingPeriods({
        measure,
        recorded: recorded.get(measure.id) ?? [],
        now: ctx.now,
        zone: DEFAULT_TIME_ZONE,
        lookBack: 1,
        collaborative,
        teamCreatedAt: team.createdAt,
      });
      if (periodKey) {
        audience ??= await teamPeople(ctx.store, ctx.people, team.id, DATA_REPORTERS);
        n += await ctx.schedule(
          planDataReminders({ measureId: measure.id, teamId: team.id, periodKey, audience, rules: ctx.rules }),
        );
      }
      if (handled.size >= MAX_HANDLED) handled.clear();
      handled.add(key);
    }
  }
  return n;
}
