import type { Choice } from '../../cards/button';
import { DomainError, type Region, type Team } from '../../domain';
import type { FlowContext } from '../flow';
import { checkCollaborativePermission, requireAllowed } from '../permissions';

/** Teams a tovholder addresses: a whole collaborative, or one region of it. Encoded `<collaborativeId>` or `<id>|<region>`. */
export interface Scope {
  collaborativeId: string;
  region: Region | null;
}

/** The scope's choice value. */
export const scopeValue = (s: Scope) => (s.region ? `${s.collaborativeId}|${s.region}` : s.collaborativeId);

/** Parses a choice value back; null when malformed. */
export function parseScope(value: string | undefined): Scope | null {
  if (!value) return null;
  const [collaborativeId, region] = value.split('|');
  if (!collaborativeId) return null;
  return { collaborativeId, region: (region as Region | undefined) ?? null };
}

/**
 * The scopes a person may send to or plan seminars for (tovholdere and admins): a whole collaborative with
 * each of its regions for admins and collaborative-wide tovholdere, only their region for a regional tovholder.
 */
export async function manageableScopes(ctx: FlowContext): Promise<Array<Scope & { label: string }>> {
  const { store, memberships, t } = ctx;
  const admin = memberships.some((m) => m.role === 'admin');
  const collaboratives = admin
    ? await store.collaboratives.list()
    : (
        await Promise.all(
          [...new Set(memberships.filter((m) => m.role === 'tovholder').map((m) => m.collaborativeId!))].map((id) =>
            store.collaboratives.get(id),
          ),
        )
      ).filter((c) => c !== null);
  const out: Array<Scope & { label: string }> = [];
  for (const c of collaboratives) {
    const teams = await store.teams.listByCollaborative(c.id);
    const regions = [...new Set(teams.map((tm) => tm.region))].sort();
    const whole =
      admin || memberships.some((m) => m.role === 'tovholder' && m.collaborativeId === c.id && m.region === null);
    if (whole)
      out.push({ collaborativeId: c.id, region: null, label: t('seminar.scope.all', { collaborative: c.name }) });
    for (const region of regions) {
      const allowed = checkCollaborativePermission(memberships, 'collaborative.manage', c.id, region).allowed;
      if (allowed)
        out.push({
          collaborativeId: c.id,
          region,
          label: t('seminar.scope.region', { collaborative: c.name, region: t(`seminar.region.${region}`) }),
        });
    }
  }
  return out;
}

/** Choices for a scope drop-down. */
export const scopeChoices = (scopes: Array<Scope & { label: string }>): Choice[] =>
  scopes.map((s) => ({ title: s.label, value: scopeValue(s) }));

/** Refuses (with the reason) unless the person may manage this collaborative or region. */
export function requireCoordinator(ctx: FlowContext, scope: Scope): void {
  requireAllowed(
    checkCollaborativePermission(ctx.memberships, 'collaborative.manage', scope.collaborativeId, scope.region),
  );
}

/** Refuses people who coordinate nothing (members, sponsors, experts) before showing a coordinator form. */
export async function requireSomeScope(ctx: FlowContext): Promise<Array<Scope & { label: string }>> {
  const scopes = await manageableScopes(ctx);
  if (scopes.length === 0) throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  return scopes;
}

/** The teams of a scope. */
export async function teamsOfScope(ctx: FlowContext, scope: Scope): Promise<Team[]> {
  const teams = await ctx.store.teams.listByCollaborative(scope.collaborativeId);
  return scope.region ? teams.filter((tm) => tm.region === scope.region) : teams;
}
