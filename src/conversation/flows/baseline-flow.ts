import { acceptProposal, declineProposal } from '../baseline/proposal-actions';
import { proposeCommand } from '../baseline/propose-command';
import { setBaseline, undoBaseline } from '../baseline/set-baseline';
import type { Flow } from '../flow';

const WRITERS: Array<'member' | 'lead' | 'expert' | 'tovholder' | 'admin'> = [
  'member',
  'lead',
  'expert',
  'tovholder',
  'admin',
];

/** Frozen baselines and new periods (chart parts) in chat, and proposals to split a chart. */
export const baselineFlow: Flow = {
  name: 'baseline',
  commands: [
    {
      words: ['frys', 'frys baseline', 'freeze', 'freeze baseline'],
      help: { usage: 'baseline.cmd.freeze', description: 'baseline.cmd.freeze.text', roles: WRITERS },
      handle: (ctx, args) => setBaseline(ctx, 'freeze', args),
    },
    {
      words: ['ny periode', 'new period', 'ny fase', 'new phase'],
      help: { usage: 'baseline.cmd.part', description: 'baseline.cmd.part.text', roles: WRITERS },
      handle: (ctx, args) => setBaseline(ctx, 'part', args),
    },
    {
      words: ['fortryd periode', 'fortryd baseline', 'undo period', 'undo baseline'],
      help: { usage: 'baseline.cmd.undo', description: 'baseline.cmd.undo.text', roles: WRITERS },
      handle: undoBaseline,
    },
    {
      words: ['foreslå periode', 'foreslaa periode', 'propose period', 'suggest period'],
      help: {
        usage: 'baseline.cmd.propose',
        description: 'baseline.cmd.propose.text',
        roles: ['expert', 'tovholder', 'admin'],
      },
      handle: proposeCommand,
    },
  ],
  actions: {
    'baseline.accept': acceptProposal,
    'baseline.decline': declineProposal,
  },
};
