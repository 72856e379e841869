import { z } from 'zod';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { rememberActiveTeam, resolveTeam, teamsInReach } from '../team-scope';
import { teamPicker } from '../team-picker';
import type { Reply } from '../turn';

const pickSchema = z.object({
  teamId: z.string().min(1).max(64),
  resumeText: z.string().max(4000).optional(),
  resumeVerb: z.string().min(1).max(64).optional(),
  resumeData: z.record(z.unknown()).optional(),
});

/** A team was picked: remember it for this conversation and resume the request that asked. */
async function pick(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { teamId, resumeText, resumeVerb, resumeData } = parseData(pickSchema, data);
  const team = await resolveTeam(ctx, 'team.read', teamId);
  await rememberActiveTeam(ctx, team.id);
  if (resumeVerb && resumeVerb !== 'team.pick') {
    return ctx.redispatch({ action: { verb: resumeVerb, data: { ...resumeData, verb: resumeVerb, teamId: team.id } } });
  }
  if (resumeText) return ctx.redispatch({ text: resumeText });
  return [{ text: ctx.t('team.switched', { team: team.name }) }];
}

/** `team`: choose which of your teams this conversation is about. */
async function chooseTeam(ctx: FlowContext): Promise<Reply[]> {
  const teams = await teamsInReach(ctx);
  if (teams.length === 0) return ctx.redispatch({ text: 'hjælp' });
  return [teamPicker(ctx, { teams, verb: 'team.pick' })];
}

/** Which team a conversation is about. */
export const teamFlow: Flow = {
  name: 'team',
  commands: [
    {
      words: ['team', 'teams', 'skift team', 'switch team'],
      help: {
        usage: 'team.cmd',
        description: 'team.cmd.text',
        roles: ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'],
      },
      handle: chooseTeam,
    },
  ],
  actions: { 'team.pick': pick },
};
