import type { Collaborative, Region, Team } from '../../domain';
import type { FlowContext } from '../flow';

/** What a person may set up in one collaborative from chat. */
export interface AdminScope {
  collaborative: Collaborative;
  /** Regions they may create teams in: null = any (national tovholder, admin); [] = none (a lead). */
  regions: Region[] | null;
  /** May create measures shared by the whole collaborative (national tovholder, admin). */
  shared: boolean;
  /** Teams they may add a team-specific measure to (their lead teams, teams they coordinate). */
  teams: Team[];
}

/**
 * The collaboratives a person administers and how far: admins everything; a tovholder their collaborative
 * (a regional one: teams and team measures in their region only); a team lead their own team's measures.
 */
export async function adminScopes(ctx: FlowContext): Promise<AdminScope[]> {
  const { store, memberships } = ctx;
  const scopes = new Map<string, AdminScope>();
  const scopeOf = async (collaborativeId: string) => {
    let scope = scopes.get(collaborativeId);
    if (!scope) {
      const collaborative = await store.collaboratives.get(collaborativeId);
      if (!collaborative) return null;
      scope = { collaborative, regions: [], shared: false, teams: [] };
      scopes.set(collaborativeId, scope);
    }
    return scope;
  };
  const addTeams = (scope: AdminScope, teams: Team[]) => {
    for (const team of teams) if (!scope.teams.some((t) => t.id === team.id)) scope.teams.push(team);
  };
  const isAdmin = memberships.some((m) => m.role === 'admin');
  if (isAdmin) {
    for (const c of await store.collaboratives.list()) {
      const scope = (await scopeOf(c.id))!;
      Object.assign(scope, { regions: null, shared: true });
      addTeams(scope, await store.teams.listByCollaborative(c.id));
    }
  }
  for (const m of memberships) {
    if (m.role === 'tovholder' && m.collaborativeId) {
      const scope = await scopeOf(m.collaborativeId);
      if (!scope) continue;
      if (m.region === null) Object.assign(scope, { regions: null, shared: true });
      else if (scope.regions !== null && !scope.regions.includes(m.region)) scope.regions.push(m.region);
      const teams = await store.teams.listByCollaborative(m.collaborativeId);
      addTeams(
        scope,
        teams.filter((t) => m.region === null || t.region === m.region),
      );
    } else if (m.role === 'lead' && m.teamId) {
      const team = await store.teams.get(m.teamId);
      const scope = team ? await scopeOf(team.collaborativeId) : null;
      if (team && scope) addTeams(scope, [team]);
    }
  }
  return [...scopes.values()]
    .map((s) => ({ ...s, teams: s.teams.sort((a, b) => a.name.localeCompare(b.name, 'da')) }))
    .sort((a, b) => a.collaborative.name.localeCompare(b.collaborative.name, 'da'));
}

/** Scopes in which the person may create teams. */
export function teamCreationScopes(scopes: AdminScope[]): AdminScope[] {
  return scopes.filter((s) => s.regions === null || s.regions.length > 0);
}

/** Scopes in which the person may create some measure (shared, or for one of their teams). */
export function measureCreationScopes(scopes: AdminScope[]): AdminScope[] {
  return scopes.filter((s) => s.shared || s.teams.length > 0);
}

/** The collaborative picker of the admin forms: shown only when the user coordinates more than one collaborative. */
export function collaborativePicker(ctx: FlowContext, scopes: AdminScope[], chosen: AdminScope) {
  return scopes.length > 1
    ? {
        label: ctx.t('admin.field.collaborative'),
        value: chosen.collaborative.id,
        choices: scopes.map((s) => ({ title: s.collaborative.name, value: s.collaborative.id })),
      }
    : null;
}
