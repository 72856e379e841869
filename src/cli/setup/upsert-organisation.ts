import type { Actor, Collaborative, Membership, Repos, Team } from '../../domain';
import { changedFields, pick } from './changed-fields';
import type { SetupFile, SetupRole } from './setup-file-schema';
import type { SetupChange } from './setup-result';

/** Creates the collaborative or updates the fields the file changes. */
export async function upsertCollaborative(
  tx: Repos,
  existing: Collaborative | null,
  c: SetupFile['collaborative'],
  actor: Actor,
): Promise<{ collaborative: Collaborative; change: SetupChange }> {
  const desired = {
    name: c.name,
    clinicalArea: c.clinicalArea,
    startDate: c.startDate,
    endDate: c.endDate,
    goals: c.goals,
  };
  if (!existing) {
    const collaborative = await tx.collaboratives.create(desired, actor);
    return { collaborative, change: { entity: 'collaborative', name: c.name, action: 'created', fields: [] } };
  }
  const fields = changedFields(existing, desired);
  const collaborative = fields.length
    ? await tx.collaboratives.update(existing.id, pick(desired, fields), actor)
    : existing;
  return {
    collaborative,
    change: { entity: 'collaborative', name: c.name, action: fields.length ? 'updated' : 'unchanged', fields },
  };
}

/** Creates or updates the file's teams; returns every team of the collaborative by lower-cased name. */
export async function upsertTeams(
  tx: Repos,
  collaborativeId: string,
  teams: SetupFile['teams'],
  actor: Actor,
  changes: SetupChange[],
): Promise<Map<string, Team>> {
  const byName = new Map((await tx.teams.listByCollaborative(collaborativeId)).map((t) => [t.name.toLowerCase(), t]));
  for (const t of teams) {
    const desired = { name: t.name, department: t.department, region: t.region, municipality: t.municipality };
    const existing = byName.get(t.name.toLowerCase());
    if (!existing) {
      byName.set(t.name.toLowerCase(), await tx.teams.create({ ...desired, collaborativeId }, actor));
      changes.push({ entity: 'team', name: t.name, action: 'created', fields: [] });
      continue;
    }
    const fields = changedFields(existing, desired);
    if (fields.length)
      byName.set(t.name.toLowerCase(), await tx.teams.update(existing.id, pick(desired, fields), actor));
    changes.push({ entity: 'team', name: t.name, action: fields.length ? 'updated' : 'unchanged', fields });
  }
  return byName;
}

/** Creates or updates people (by email) and grants the roles the file lists; roles are never revoked here. */
export async function upsertPeople(
  tx: Repos,
  collaborativeId: string,
  teams: Map<string, Team>,
  people: SetupFile['people'],
  actor: Actor,
  changes: SetupChange[],
): Promise<void> {
  for (const p of people) {
    const desired = { displayName: p.name, locale: p.locale, timeZone: p.timeZone };
    let person = await tx.persons.findByEmail(p.email);
    if (!person) {
      person = await tx.persons.create({ ...desired, email: p.email }, actor);
      changes.push({ entity: 'person', name: p.email, action: 'created', fields: [] });
    } else {
      const fields = changedFields(person, desired);
      if (fields.length) person = await tx.persons.update(person.id, pick(desired, fields), actor);
      changes.push({ entity: 'person', name: p.email, action: fields.length ? 'updated' : 'unchanged', fields });
    }
    const held = await tx.memberships.listForPerson(person.id);
    for (const r of p.roles) {
      const want = membershipOf(r, collaborativeId, teams);
      const label = `${p.email}: ${r.role}${r.team ? ` of ${r.team}` : ''}${r.region ? ` (${r.region})` : ''}`;
      if (held.some((m) => sameScope(m, want))) {
        changes.push({ entity: 'role', name: label, action: 'unchanged', fields: [] });
        continue;
      }
      await tx.memberships.grant({ personId: person.id, ...want }, actor);
      changes.push({ entity: 'role', name: label, action: 'created', fields: [] });
    }
  }
}

type Scope = Pick<Membership, 'role' | 'teamId' | 'collaborativeId' | 'region'>;

// Team roles are scoped by the team alone; tovholder and expert by the collaborative (and a tovholder's region).
function membershipOf(r: SetupRole, collaborativeId: string, teams: Map<string, Team>): Scope {
  if (r.team) return { role: r.role, teamId: teams.get(r.team.toLowerCase())!.id, collaborativeId: null, region: null };
  if (r.role === 'admin') return { role: r.role, teamId: null, collaborativeId: null, region: null };
  return { role: r.role, teamId: null, collaborativeId, region: r.region ?? null };
}

function sameScope(m: Membership, s: Scope): boolean {
  return m.role === s.role && m.teamId === s.teamId && m.collaborativeId === s.collaborativeId && m.region === s.region;
}
