import type { Person, Team } from '../../domain';
import type { FlowContext } from '../flow';

/** The team's members and leads (the people who may own an action-plan step), by display name. */
export async function teamPeople(ctx: FlowContext, team: Team): Promise<Person[]> {
  const ids = new Set(
    (await ctx.store.memberships.listForTeam(team.id))
      .filter((m) => m.role === 'member' || m.role === 'lead')
      .map((m) => m.personId),
  );
  const people: Person[] = [];
  for (const id of ids) {
    const p = await ctx.store.persons.get(id);
    if (p) people.push(p);
  }
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
}

/** A step owner's name: the person's display name, the free-text name, or null. */
export function ownerName(
  people: readonly Person[],
  step: { ownerId: string | null; ownerName: string | null },
): string | null {
  if (step.ownerId) return people.find((p) => p.id === step.ownerId)?.displayName ?? step.ownerName;
  return step.ownerName;
}
