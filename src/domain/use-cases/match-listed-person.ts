import type { Actor } from '../model/common';
import type { ChatIdentity, Person } from '../model/organisation';
import type { Repos } from '../ports/store';
import { linkPersonByEmail } from './link-person-by-email';

/**
 * Matches a roster member (Teams) or a looked-up user (Slack) to a listed person: by any of the addresses the
 * platform gives (Teams: `email`, then `userPrincipalName`), else by the chat identity already linked (Teams: the
 * Entra object id). Links the identity to the person on an email match. Null when the member is not listed.
 */
export async function matchListedPerson(
  repos: Repos,
  identity: ChatIdentity,
  emails: Array<string | null | undefined>,
  actor: Actor,
): Promise<Person | null> {
  for (const email of emails) {
    if (!email?.includes('@')) continue;
    const person = await linkPersonByEmail(repos, identity, email, actor);
    if (person && !person.deletedAt) return person;
  }
  const known = await repos.persons.findByIdentity(identity);
  return known && !known.deletedAt ? known : null;
}
