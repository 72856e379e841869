import { isDomainError } from '../errors';
import type { Actor } from '../model/common';
import type { ChatIdentity, Person } from '../model/organisation';
import type { Repos } from '../ports/store';

/**
 * Links a chat identity to the person set up with that email (`forbedringsbot setup` creates people by
 * email, with their roles, before they ever write). Call it on first contact, when `findByIdentity` finds
 * nobody and the platform tells the user's email (Teams: the member's `email`/`userPrincipalName`; Slack:
 * `users.info` `profile.email`). Returns the person now holding the identity, or null when no live person
 * has that email (the caller then creates a new person as usual). Idempotent and safe under races.
 */
export async function linkPersonByEmail(
  repos: Repos,
  identity: ChatIdentity,
  email: string,
  actor: Actor,
): Promise<Person | null> {
  const known = await repos.persons.findByIdentity(identity);
  if (known) return known;
  const normalised = email.trim().toLowerCase();
  if (!normalised.includes('@')) return null;
  const person = await repos.persons.findByEmail(normalised);
  if (!person) return null;
  try {
    return await repos.persons.linkIdentity(person.id, identity, actor);
  } catch (err) {
    // Another first turn created a person with this identity meanwhile: that one wins.
    if (isDomainError(err, 'CONFLICT')) return repos.persons.findByIdentity(identity);
    throw err;
  }
}
