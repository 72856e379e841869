import { ACTIVE_PDSA_PHASES } from '../../domain';
import { personAudience } from '../audiences';
import { planPdsaReminder } from '../planners/pdsa-plan';
import type { SweepContext } from './sweep-context';

/** Plans the owner's reminder for the current phase of every open PDSA cycle. */
export async function sweepPdsa(ctx: SweepContext): Promise<number> {
  let n = 0;
  for (const team of await ctx.store.teams.list()) {
    for (const cycle of await ctx.store.pdsa.listForTeam(team.id, [...ACTIVE_PDSA_PHASES])) {
      if (!cycle.ownerId) continue;
      const owner = await personAudience(ctx.people, cycle.ownerId);
      if (!owner) continue;
      n += await ctx.schedule(planPdsaReminder({ cycle, zone: owner.zone, rules: ctx.rules, now: ctx.now }));
    }
  }
  return n;
}
