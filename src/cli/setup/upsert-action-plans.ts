import type { Actor, Collaborative, Repos, Team } from '../../domain';
import { formatPath, sortProblems, type LineOf, type SetupProblem } from './parse-setup-file';
import type { SetupFile } from './setup-file-schema';
import { SetupRejected, type SetupChange } from './setup-result';

/**
 * Creates the file's action plans that the team does not have yet (matched by team and title, case-insensitive);
 * a plan already there is left as it is (its steps are worked on in chat). Owners must be members or leads of
 * the team and dates inside the collaborative; otherwise the whole setup is rejected.
 */
export async function upsertActionPlans(
  tx: Repos,
  collaborative: Collaborative,
  teams: Map<string, Team>,
  plans: SetupFile['actionPlans'],
  lineOf: LineOf,
  actor: Actor,
  changes: SetupChange[],
): Promise<void> {
  const problems: SetupProblem[] = [];
  const report = (path: Array<string | number>, message: string) =>
    problems.push({ line: lineOf(path), path: formatPath(path), message });
  const outside = (d: string) => d < collaborative.startDate || d > collaborative.endDate;
  const period = `${collaborative.startDate} – ${collaborative.endDate}`;
  const work: Array<() => Promise<void>> = [];
  for (const [i, p] of plans.entries()) {
    const team =
      teams.get(p.team.toLowerCase()) ??
      (await tx.teams.listByCollaborative(collaborative.id)).find((t) => t.name.toLowerCase() === p.team.toLowerCase());
    if (!team) {
      report(['actionPlans', i, 'team'], `unknown team "${p.team}" (not under teams: and not in the collaborative)`);
      continue;
    }
    if (outside(p.caseMeeting))
      report(['actionPlans', i, 'caseMeeting'], `${p.caseMeeting} is outside the collaborative (${period})`);
    const memberIds = new Set(
      (await tx.memberships.listForTeam(team.id))
        .filter((m) => m.role === 'member' || m.role === 'lead')
        .map((m) => m.personId),
    );
    const steps: Array<{ what: string; ownerId: string | null; due: string | null }> = [];
    for (const [j, s] of p.steps.entries()) {
      const owner = s.owner ? await tx.persons.findByEmail(s.owner) : null;
      if (s.owner && (!owner || !memberIds.has(owner.id)))
        report(['actionPlans', i, 'steps', j, 'owner'], `${s.owner} is not a member or lead of ${team.name}`);
      if (s.due && outside(s.due))
        report(['actionPlans', i, 'steps', j, 'due'], `${s.due} is outside the collaborative (${period})`);
      steps.push({ what: s.what, ownerId: owner?.id ?? null, due: s.due ?? null });
    }
    const existing = (await tx.actionPlans.listForTeam(team.id)).find(
      (x) => x.title.toLowerCase() === p.title.toLowerCase(),
    );
    const name = `${team.name}: ${p.title}`;
    if (existing) {
      changes.push({ entity: 'action plan', name, action: 'unchanged', fields: [] });
      continue;
    }
    const { team: _team, caseMeeting, steps: _steps, ...fields } = p;
    work.push(async () => {
      await tx.actionPlans.create({ ...fields, teamId: team.id, planDate: caseMeeting, steps }, actor);
      changes.push({ entity: 'action plan', name, action: 'created', fields: [] });
    });
  }
  if (problems.length) throw new SetupRejected(sortProblems(problems));
  for (const w of work) await w();
}
