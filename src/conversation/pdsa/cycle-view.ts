import { z } from 'zod';
import type { CardView } from '../flow';
import { parseData } from '../parse-data';
import { checkTeamPermission } from '../permissions';
import { cycleCard } from './cycle-card';

const cycleSchema = z.object({ cycleId: z.string().min(1).max(64) });

/**
 * The read-only view behind `pdsa.cycle.refresh`: the cycle as the viewer may work with it — the phase form and
 * buttons for those who may write, the list button for the team, no buttons for anyone outside it; the shared
 * version (`everyone`) has the form and all buttons.
 */
export const cycleView: CardView = async (ctx, data, audience) => {
  const { cycleId } = parseData(cycleSchema, data);
  const cycle = await ctx.store.pdsa.get(cycleId);
  const team = cycle ? await ctx.store.teams.get(cycle.teamId) : null;
  if (!cycle || !team) return null;
  // The shared message shows the form and buttons; a press by someone who may not write is refused as usual.
  const everyone = audience === 'everyone';
  const canRead = everyone || checkTeamPermission(ctx.memberships, 'team.read', team).allowed;
  const canWrite = everyone || checkTeamPermission(ctx.memberships, 'pdsa.write', team).allowed;
  const measures = await ctx.store.measures.listForTeam(team.id);
  return cycleCard(ctx, cycle, team, measures, canWrite, null, canRead);
};
