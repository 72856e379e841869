import { DEFAULT_TIME_ZONE, localDate } from '../../domain';
import { teamPeople } from '../audiences';
import { planProgressReminders } from '../planners/progress-plan';
import type { SweepContext } from './sweep-context';

/** Each month, asks the leads of every team in a running collaborative for the month's IHI progress score. */
export async function sweepProgress(ctx: SweepContext): Promise<number> {
  const today = localDate(ctx.now, DEFAULT_TIME_ZONE);
  const month = today.slice(0, 7);
  let n = 0;
  const running = new Map<string, boolean>();
  for (const team of await ctx.store.teams.list()) {
    if (!running.has(team.collaborativeId)) {
      const c = await ctx.store.collaboratives.get(team.collaborativeId);
      running.set(team.collaborativeId, Boolean(c && today >= c.startDate && today <= c.endDate));
    }
    if (!running.get(team.collaborativeId)) continue;
    if ((await ctx.store.progress.listForTeam(team.id)).some((s) => s.month === month)) continue;
    const leads = await teamPeople(ctx.store, ctx.people, team.id, ['lead']);
    n += await ctx.schedule(planProgressReminders({ teamId: team.id, month, leads, rules: ctx.rules }));
  }
  return n;
}
