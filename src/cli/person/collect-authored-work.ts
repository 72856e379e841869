import type { Repos } from '../../domain';

/**
 * The team work that carries a person's id: storyboard learning notes they wrote, action-plan steps they own,
 * their comments on steps, the monthly progress scores they gave, and the baselines and chart periods they set
 * or undid. Deletion keeps these rows (they are the
 * team's record), attributed to the anonymised person; an access request exports them.
 */
export async function collectAuthoredWork(repos: Repos, personId: string) {
  const teams = await repos.teams.list();
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const storyboardNotes = [];
  for (const c of await repos.collaboratives.list())
    for (const s of await repos.seminars.listByCollaborative(c.id))
      for (const n of await repos.storyboards.notes(s.id))
        if (n.authorId === personId) storyboardNotes.push({ seminar: s.title, team: teamName.get(n.teamId), ...n });
  const actionStepsOwned = [];
  const actionStepComments = [];
  const progressScores = [];
  for (const team of teams) {
    for (const plan of await repos.actionPlans.listForTeam(team.id))
      for (const step of plan.steps) {
        if (step.ownerId === personId) actionStepsOwned.push({ plan: plan.title, team: team.name, ...step });
        for (const c of step.comments)
          if (c.personId === personId) actionStepComments.push({ plan: plan.title, step: step.what, ...c });
      }
    for (const p of await repos.progress.listForTeam(team.id))
      if (p.personId === personId) progressScores.push({ team: team.name, ...p });
  }
  const baselineEvents = (await repos.baselines.all())
    .filter((e) => e.createdBy === personId || e.undoneBy === personId)
    .map((e) => ({ team: teamName.get(e.teamId), ...e }));
  return { storyboardNotes, actionStepsOwned, actionStepComments, progressScores, baselineEvents };
}
