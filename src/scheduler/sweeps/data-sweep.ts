import {
  DEFAULT_TIME_ZONE,
  lastClosedPeriod,
  localDate,
  periodBounds,
  type Collaborative,
  type PeriodKind,
} from '../../domain';
import { DATA_REPORTERS, teamPeople } from '../audiences';
import type { Audience } from '../planners/audience';
import { planDataReminders } from '../planners/data-plan';
import type { SweepContext } from './sweep-context';

/** Bound of the handled-triples memory (cleared when full; the next sweep rebuilds it). */
const MAX_HANDLED = 500_000;

/**
 * For each team × measure: when the last closed period has no value, plan the nudges to the team's members and
 * leads (never sponsors). Optional measures count only once the team has reported them; periods outside the
 * collaborative or before the team existed are left alone. It runs every tick: `handled` remembers the
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
    const values = await ctx.store.measurements.listForTeam(team.id);
    const have = new Set(values.map((v) => `${v.measureId}|${v.periodKey}`));
    const reported = new Set(values.map((v) => v.measureId));
    const teamStart = localDate(team.createdAt, DEFAULT_TIME_ZONE);
    let audience: Audience[] | null = null;
    for (const measure of measures) {
      const key = keyOf(measure.id, measure.period);
      if (handled.has(key)) continue;
      // Optional measures stay unhandled until the team reports them; they are cheap to look at again.
      if (measure.scope === 'optional' && !reported.has(measure.id)) continue;
      const periodKey = lastClosedPeriod(measure.period, ctx.now, DEFAULT_TIME_ZONE);
      const bounds = periodBounds(periodKey)!;
      const outside =
        bounds.start < collaborative.startDate || bounds.end > collaborative.endDate || bounds.start < teamStart;
      if (!outside && !have.has(`${measure.id}|${periodKey}`)) {
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
