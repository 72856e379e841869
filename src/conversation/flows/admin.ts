import { z } from 'zod';
import type { Flow } from '../flow';
import { parseData } from '../parse-data';
import { createMeasure, measureForm } from './admin-measure-form';
import { teamList } from './admin-team-list';
import { createTeam, teamForm } from './admin-team-form';

const formSchema = z.object({ collaborativeId: z.string().max(64).optional() });
const COORDINATION: Array<'lead' | 'tovholder' | 'admin'> = ['lead', 'tovholder', 'admin'];

/**
 * The tovholder's and team lead's admin in chat: create a team (`nyt team`), add a measure (`nyt mål`,
 * a card form), and list teams with who is in them (`hold`). Invite codes (`invitér`) and linking a
 * channel to a team (`forbind`) live in the onboarding and channel-link flows; these cards link to them.
 */
export const adminFlow: Flow = {
  name: 'admin',
  commands: [
    {
      words: ['nyt team', 'opret team', 'new team', 'create team'],
      help: { usage: 'admin.cmd.newTeam', description: 'admin.cmd.newTeam.text', roles: ['tovholder', 'admin'] },
      handle: (ctx, args) => teamForm(ctx, { name: args.trim().slice(0, 200) }),
    },
    {
      words: ['nyt mål', 'opret mål', 'nyt maal', 'new measure', 'create measure'],
      help: { usage: 'admin.cmd.newMeasure', description: 'admin.cmd.newMeasure.text', roles: COORDINATION },
      handle: (ctx, args) => measureForm(ctx, { code: args.trim().split(/\s+/)[0]?.slice(0, 16) ?? '' }),
    },
    {
      words: ['hold', 'holdliste', 'teamliste', 'team list', 'team members', 'deltagere'],
      help: {
        usage: 'admin.cmd.teams',
        description: 'admin.cmd.teams.text',
        roles: ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'],
      },
      handle: (ctx) => teamList(ctx),
    },
  ],
  actions: {
    'admin.teamForm': (ctx, data) => teamForm(ctx, { collaborativeId: parseData(formSchema, data).collaborativeId }),
    'admin.createTeam': createTeam,
    'admin.measureForm': (ctx, data) =>
      measureForm(ctx, { collaborativeId: parseData(formSchema, data).collaborativeId }),
    'admin.createMeasure': createMeasure,
    'admin.teams': (ctx) => teamList(ctx),
  },
};
