import { personAudience, teamChannelsOrPeople, teamPeople, tovholdereOf } from '../audiences';
import { planActionPlanFollowUps } from '../planners/action-plan-plan';
import { planActionStepReminders } from '../planners/action-step-plan';
import type { Audience } from '../planners/audience';
import type { SweepContext } from './sweep-context';

/**
 * Plans the drejebog's timeline of every action plan (to the team: channel, else leads, else members; and its
 * tovholdere) and each open step's reminder to its owner.
 */
export async function sweepActionPlans(ctx: SweepContext): Promise<number> {
  let n = 0;
  for (const team of await ctx.store.teams.list()) {
    const plans = await ctx.store.actionPlans.listForTeam(team.id);
    if (plans.length === 0) continue;
    let teamSide = await teamChannelsOrPeople(ctx.store, ctx.people, team.id, ['lead']);
    if (teamSide.length === 0) teamSide = await teamPeople(ctx.store, ctx.people, team.id, ['member']);
    const audience = [...teamSide, ...(await tovholdereOf(ctx.store, ctx.people, team))];
    for (const plan of plans) {
      n += await ctx.schedule(
        planActionPlanFollowUps({ plan, audience, rules: ctx.rules, now: ctx.now, weeks: ctx.followUpWeeks }),
      );
      const owners = new Map<string, Audience>();
      for (const id of new Set(plan.steps.flatMap((s) => (s.status === 'open' && s.ownerId ? [s.ownerId] : [])))) {
        const a = await personAudience(ctx.people, id);
        if (a) owners.set(id, a);
      }
      n += await ctx.schedule(planActionStepReminders({ plan, owners, rules: ctx.rules, now: ctx.now }));
    }
  }
  return n;
}
