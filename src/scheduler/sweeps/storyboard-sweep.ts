import type { Audience } from '../planners/audience';
import { planStoryboardReminders } from '../planners/storyboard-plan';
import { personAudience, teamPeople, teamsInScope } from '../audiences';
import type { SweepContext } from './sweep-context';

/** Plans the storyboard requests and collections of every upcoming seminar (idempotent: keys dedupe). */
export async function sweepStoryboards(ctx: SweepContext): Promise<number> {
  let n = 0;
  for (const c of await ctx.store.collaboratives.list()) {
    for (const seminar of await ctx.store.seminars.listByCollaborative(c.id)) {
      if (seminar.cancelledAt || seminar.startsAt <= ctx.now) continue;
      const leads: Array<Audience & { teamId: string }> = [];
      for (const team of await teamsInScope(ctx.store, seminar.collaborativeId, seminar.region)) {
        for (const a of await teamPeople(ctx.store, ctx.people, team.id, ['lead']))
          leads.push({ ...a, teamId: team.id });
      }
      const memberships = (await ctx.store.memberships.listForCollaborative(c.id)).filter(
        (m) => m.role === 'tovholder' && (m.region === null || seminar.region === null || m.region === seminar.region),
      );
      const tovholdere = (
        await Promise.all([...new Set(memberships.map((m) => m.personId))].map((id) => personAudience(ctx.people, id)))
      ).filter((a): a is Audience => a !== null);
      n += await ctx.schedule(planStoryboardReminders({ seminar, leads, tovholdere, rules: ctx.rules, now: ctx.now }));
    }
  }
  return n;
}
