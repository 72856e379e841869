import type { Collaborative, Repos } from '../../domain';
import { formatPath, type LineOf, type SetupProblem } from './parse-setup-file';
import type { SetupFile } from './setup-file-schema';

/**
 * Problems only the store can reveal, found before anything is written: a team name that is neither in the
 * file nor in the collaborative, or a change to the period or unit kind of a measure that may hold data.
 */
export async function checkSetupReferences(
  tx: Repos,
  existing: Collaborative | null,
  file: SetupFile,
  lineOf: LineOf,
): Promise<SetupProblem[]> {
  const problems: SetupProblem[] = [];
  const report = (path: Array<string | number>, message: string) =>
    problems.push({ line: lineOf(path), path: formatPath(path), message });

  const stored = existing ? await tx.teams.listByCollaborative(existing.id) : [];
  const known = new Set([...file.teams.map((t) => t.name), ...stored.map((t) => t.name)].map((n) => n.toLowerCase()));
  const unknownTeam = (name: string) => `unknown team "${name}" (not under teams: and not in the collaborative)`;

  file.measures.forEach((m, i) => {
    if (m.team && !known.has(m.team.toLowerCase())) report(['measures', i, 'team'], unknownTeam(m.team));
  });
  file.people.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      if (r.team && !known.has(r.team.toLowerCase())) report(['people', i, 'roles', j, 'team'], unknownTeam(r.team));
    });
  });

  if (existing) {
    for (const [i, m] of file.measures.entries()) {
      const current = await tx.measures.findByCode(existing.id, m.code);
      if (!current) continue;
      for (const field of ['period', 'unitKind'] as const) {
        if (current[field] !== m[field])
          report(
            ['measures', i, field],
            `${m.code} already exists with ${field} ${current[field]}; its data would no longer fit. Give the new definition a new code`,
          );
      }
    }
  }
  return problems;
}
