import { describeTeamReach, type PersonReach } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import type { Reply } from '../turn';
import { requireSomeScope, teamsOfScope } from './coordinator-scopes';

/** `dækning`: per team, who is listed, who the bot reaches in Teams / Slack, and who it cannot reach and why. */
async function coverage(ctx: FlowContext): Promise<Reply[]> {
  const { t } = ctx;
  const lines: string[] = [t('coverage.title')];
  const scopes = await requireSomeScope(ctx);
  // A whole collaborative covers its regions: list each team once.
  const whole = new Set(scopes.filter((s) => !s.region).map((s) => s.collaborativeId));
  for (const scope of scopes.filter((s) => !s.region || !whole.has(s.collaborativeId))) {
    lines.push('', `**${scope.label}**`);
    for (const team of await teamsOfScope(ctx, scope)) {
      const people = await describeTeamReach(ctx.store, team.id);
      lines.push('', coverageLine(ctx, team.name, people));
      for (const p of people.filter((x) => !x.reachable || x.paused.length))
        lines.push(`- ${p.name}: ${whyNot(ctx, p)}`);
    }
  }
  return [{ text: lines.join('\n') }];
}

/** One team's counts: listed, in Teams, in Slack, not reachable. */
export function coverageLine(ctx: Pick<FlowContext, 't'>, team: string, people: PersonReach[]): string {
  return ctx.t('coverage.team', {
    team,
    listed: people.length,
    teams: people.filter((p) => p.teams).length,
    slack: people.filter((p) => p.slack).length,
    unreachable: people.filter((p) => !p.reachable).length,
  });
}

/** The reason a person is missed, and what they paused. */
export function whyNot(ctx: Pick<FlowContext, 't'>, p: PersonReach): string {
  const parts: string[] = [];
  if (!p.reachable) parts.push(ctx.t(`coverage.reason.${p.reason ?? 'not_seen'}`));
  if (p.paused.length)
    parts.push(ctx.t('coverage.paused', { kinds: p.paused.map((k) => ctx.t(`rollout.kind.${k}`)).join(', ') }));
  return parts.join('; ');
}

/** The coverage view for tovholdere. */
export const coverageFlow: Flow = {
  name: 'coverage',
  commands: [
    {
      words: ['dækning', 'daekning', 'coverage'],
      help: { usage: 'coverage.cmd', description: 'coverage.cmd.text', roles: ['tovholder', 'admin'] },
      handle: coverage,
    },
  ],
  actions: {},
};
