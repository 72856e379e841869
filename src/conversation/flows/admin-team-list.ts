import type { Membership, Person, Team } from '../../domain';
import { button, type Button } from '../../cards/button';
import { adminTeamsCard } from '../../cards/builders/admin-cards';
import type { FlowContext } from '../flow';
import { checkTeamPermission } from '../permissions';
import { teamsInReach } from '../team-scope';
import type { Reply } from '../turn';
import { adminScopes, measureCreationScopes, teamCreationScopes } from './admin-scope';

/** At most this many teams on one card, and names per role (Teams' card size limit). */
const MAX_TEAMS = 20;
const MAX_NAMES = 12;

/**
 * `hold`: the teams the person can see (their own; a tovholder's or expert's whole collaborative or region;
 * everything for admins), each with its leads, members, sponsors and linked channels, and an invite button
 * where they may invite.
 */
export async function teamList(ctx: FlowContext): Promise<Reply[]> {
  const { t } = ctx;
  const teams = await teamsInReach(ctx);
  if (teams.length === 0) return [{ text: t('admin.teams.none') }];
  const shown = teams.slice(0, MAX_TEAMS);
  const names = new Map<string, string>();
  const views = [];
  for (const team of shown) views.push(await teamView(ctx, team, names));
  const collaboratives = new Set(teams.map((x) => x.collaborativeId));
  const only = collaboratives.size === 1 ? await ctx.store.collaboratives.get(teams[0]!.collaborativeId) : null;
  const title = only ? t('admin.teams.titleOne', { collaborative: only.name }) : t('admin.teams.title');
  const scopes = await adminScopes(ctx);
  const buttons: Button[] = [];
  if (teamCreationScopes(scopes).length) buttons.push(button(t('admin.button.newTeam'), 'admin.teamForm', {}));
  if (measureCreationScopes(scopes).length) buttons.push(button(t('admin.button.newMeasure'), 'admin.measureForm', {}));
  const note = teams.length > MAX_TEAMS ? t('admin.teams.truncated', { shown: MAX_TEAMS, total: teams.length }) : null;
  const card = adminTeamsCard({ title, note, teams: views, buttons });
  return [{ card }];
}

async function teamView(ctx: FlowContext, team: Team, names: Map<string, string>) {
  const { t, store } = ctx;
  const memberships = await store.memberships.listForTeam(team.id);
  const people = async (role: Membership['role']) => {
    const list: string[] = [];
    for (const m of memberships.filter((x) => x.role === role)) list.push(await nameOf(ctx, m.personId, names));
    return listText(
      ctx,
      list.sort((a, b) => a.localeCompare(b, 'da')),
    );
  };
  const channels = await store.conversationRefs.forTeam(team.id);
  const canInvite = checkTeamPermission(ctx.memberships, 'team.invite', team).allowed;
  return {
    name: team.name,
    detail: `${team.department} · ${t(`region.${team.region}`)}`,
    facts: [
      { title: t('admin.teams.leads'), value: await people('lead') },
      { title: t('admin.teams.members'), value: await people('member') },
      { title: t('admin.teams.sponsors'), value: await people('sponsor') },
      {
        title: t('admin.teams.channel'),
        value: channels.length
          ? t('admin.teams.channelLinked', { count: channels.length })
          : t('admin.teams.channelNone', { team: team.name }),
      },
    ],
    buttons: canInvite ? [button(t('admin.button.invite'), 'invite.create', { teamId: team.id, role: 'member' })] : [],
  };
}

async function nameOf(ctx: FlowContext, personId: string, cache: Map<string, string>): Promise<string> {
  let name = cache.get(personId);
  if (name === undefined) {
    const person: Person | null = await ctx.store.persons.get(personId);
    name = person?.displayName ?? '?';
    cache.set(personId, name);
  }
  return name;
}

function listText(ctx: FlowContext, names: string[]): string {
  if (names.length === 0) return ctx.t('admin.teams.nobody');
  if (names.length <= MAX_NAMES) return names.join(', ');
  return ctx.t('admin.teams.more', { names: names.slice(0, MAX_NAMES).join(', '), count: names.length - MAX_NAMES });
}
