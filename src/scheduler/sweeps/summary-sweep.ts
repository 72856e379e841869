import { personAudience } from '../audiences';
import { defaultSubscription, planSponsorSummary } from '../planners/summary-plan';
import type { SweepContext } from './sweep-context';

/** Gives every sponsor membership a subscription (default Monday 08:00) and plans each active one's next summary. */
export async function sweepSummaries(ctx: SweepContext): Promise<number> {
  const sponsors = await ctx.store.memberships.listByRole('sponsor');
  const byPerson = new Map<string, Set<string>>();
  for (const m of sponsors) {
    if (!m.teamId) continue;
    let teams = byPerson.get(m.personId);
    if (!teams) {
      teams = new Set((await ctx.store.subscriptions.listForPerson(m.personId)).map((s) => s.teamId));
      byPerson.set(m.personId, teams);
    }
    if (!teams.has(m.teamId)) {
      await ctx.store.subscriptions.upsert(defaultSubscription(m.personId, m.teamId));
      teams.add(m.teamId);
    }
  }
  let n = 0;
  for (const sub of await ctx.store.subscriptions.listActive()) {
    const sponsor = await personAudience(ctx.people, sub.personId);
    if (!sponsor) continue;
    const row = planSponsorSummary({ sub, zone: sponsor.zone, rules: ctx.rules, now: ctx.now });
    if (row) n += await ctx.schedule([row]);
  }
  return n;
}
