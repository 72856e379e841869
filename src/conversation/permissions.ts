import { DomainError, rolesOverTeam, type Membership, type Role, type Team } from '../domain';

export { rolesOverTeam };

/**
 * What a person may do with one team. `measurement.write` and `pdsa.write`: members and leads of that
 * team only. `team.read`: the team's members, leads and sponsors, the collaborative's experts and
 * tovholdere (of the team's region when regional), admins. `team.invite` and `team.link` (invite codes,
 * linking a channel with `forbind`): the team's lead, a tovholder over the team, admins. `pdsa.sponsor` (ask
 * the sponsor for help on a PDSA cycle, or mark it solved): the team's lead, a tovholder over the team, admins.
 * `baseline.write` (freeze a baseline, start a new part, undo it, accept a proposed split): the team's members
 * and leads, the collaborative's experts, a tovholder over the team, admins. `baseline.propose` (propose a split
 * to a team): the collaborative's experts, a tovholder over the team, admins.
 */
export type TeamPermission =
  | 'measurement.write'
  | 'baseline.write'
  | 'baseline.propose'
  | 'pdsa.write'
  | 'team.read'
  | 'team.invite'
  | 'team.link'
  | 'pdsa.sponsor'
  | ActionPlanPermission;

/**
 * `actionplan.write` (a new action plan, a sponsor request on a step): the team's lead, a tovholder over the
 * team, admins. `actionplan.step` (mark a step done, move it, comment): also the team's members.
 */
export type ActionPlanPermission = 'actionplan.write' | 'actionplan.step';

/** Managing a collaborative (seminars, broadcasts, overview): its tovholdere (their region) and admins. */
export type CollaborativePermission = 'collaborative.manage';

/** Why an action was refused; each reason has a catalogue message `permission.<reason>`. */
export type RefusalReason =
  | 'notInTeam'
  | 'otherTeam'
  | 'sponsorReadOnly'
  | 'expertReadOnly'
  | 'coordinatorNoData'
  | 'otherRegion'
  | 'otherCollaborative'
  | 'leadOrCoordinatorOnly'
  | 'sponsorRequestLeadOnly'
  | 'coordinatorOnly'
  | 'coordinatorOrExpertOnly';

/** Result of a permission check. */
export type Decision = { allowed: true } | { allowed: false; reason: RefusalReason };

const ALLOW: Decision = { allowed: true };
const refuse = (reason: RefusalReason): Decision => ({ allowed: false, reason });

/** Checks a team permission and, when refused, says why in terms the user can act on. */
export function checkTeamPermission(memberships: Membership[], permission: TeamPermission, team: Team): Decision {
  const roles = rolesOverTeam(memberships, team);
  const has = (...r: Role[]) => r.some((x) => roles.includes(x));
  switch (permission) {
    case 'measurement.write':
    case 'pdsa.write':
      if (has('member', 'lead')) return ALLOW;
      if (has('tovholder', 'admin')) return refuse('coordinatorNoData');
      if (has('sponsor')) return refuse('sponsorReadOnly');
      if (has('expert')) return refuse('expertReadOnly');
      return outsider(memberships, team);
    case 'team.read':
      if (roles.length > 0) return ALLOW;
      return outsider(memberships, team);
    case 'actionplan.step':
      if (has('member', 'lead', 'tovholder', 'admin')) return ALLOW;
      if (has('sponsor')) return refuse('sponsorReadOnly');
      if (has('expert')) return refuse('expertReadOnly');
      return outsider(memberships, team);
    case 'pdsa.sponsor':
      if (has('lead', 'tovholder', 'admin')) return ALLOW;
      if (roles.length > 0) return refuse('sponsorRequestLeadOnly');
      return outsider(memberships, team);
    case 'baseline.write':
      if (has('member', 'lead', 'expert', 'tovholder', 'admin')) return ALLOW;
      if (has('sponsor')) return refuse('sponsorReadOnly');
      return outsider(memberships, team);
    case 'baseline.propose':
      if (has('expert', 'tovholder', 'admin')) return ALLOW;
      if (roles.length > 0) return refuse('coordinatorOrExpertOnly');
      return outsider(memberships, team);
    case 'actionplan.write':
    case 'team.invite':
    case 'team.link':
      if (has('lead', 'tovholder', 'admin')) return ALLOW;
      if (roles.length > 0) return refuse('leadOrCoordinatorOnly');
      return outsider(memberships, team);
  }
}

/** Checks a collaborative-level permission (optionally for one region of it). */
export function checkCollaborativePermission(
  memberships: Membership[],
  _permission: CollaborativePermission,
  collaborativeId: string,
  region: Team['region'] | null = null,
): Decision {
  if (memberships.some((m) => m.role === 'admin')) return ALLOW;
  const coordinators = memberships.filter((m) => m.role === 'tovholder' && m.collaborativeId === collaborativeId);
  if (coordinators.some((m) => m.region === null || m.region === region)) return ALLOW;
  if (coordinators.length > 0) return refuse('otherRegion');
  return refuse('coordinatorOnly');
}

/** Throws DomainError('PERMISSION_DENIED', { reason }) for a refusal; the error sink explains the reason. */
export function requireAllowed(decision: Decision): void {
  if (!decision.allowed) throw new DomainError('PERMISSION_DENIED', { reason: decision.reason });
}

/** A person with no role over the team: say whether they are in no team, another team, region or collaborative. */
function outsider(memberships: Membership[], team: Team): Decision {
  if (memberships.length === 0) return refuse('notInTeam');
  const coordinatorHere = memberships.some((m) => m.role === 'tovholder' && m.collaborativeId === team.collaborativeId);
  if (coordinatorHere) return refuse('otherRegion');
  const collaborativeRole = memberships.some((m) => m.collaborativeId !== null);
  if (collaborativeRole && memberships.every((m) => m.teamId === null)) return refuse('otherCollaborative');
  return refuse('otherTeam');
}
