import type { Membership, Role, Team } from './model/organisation';

/** The roles a person holds over a team: team roles on it, collaborative roles covering it, and admin. */
export function rolesOverTeam(memberships: Membership[], team: Team): Role[] {
  const roles = new Set<Role>();
  for (const m of memberships) {
    if (m.role === 'admin') roles.add('admin');
    else if (m.teamId === team.id) roles.add(m.role);
    else if (m.collaborativeId === team.collaborativeId && (m.role === 'expert' || m.role === 'tovholder')) {
      if (m.role === 'expert' || m.region === null || m.region === team.region) roles.add(m.role);
    }
  }
  return [...roles];
}
