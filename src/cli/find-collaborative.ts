import type { Collaborative, Repos } from '../domain';
import { InputError } from './cli-io';

/** A collaborative by id or name (case-insensitive); InputError listing the known ones when there is none. */
export async function findCollaborative(repos: Repos, ref: string): Promise<Collaborative> {
  const found = (await repos.collaboratives.get(ref)) ?? (await repos.collaboratives.findByName(ref));
  if (found) return found;
  const names = (await repos.collaboratives.list()).map((c) => `"${c.name}"`);
  throw new InputError(`No collaborative named "${ref}". Known: ${names.join(', ') || 'none'}.`);
}
