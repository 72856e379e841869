import type { Repos, Team } from '../../domain';

/** What a team has worked on besides its measurements, as the JSON export carries it per team. */
export interface TeamWork {
  actionPlans: Array<{
    title: string;
    whatToChange: string;
    successCriterion: string | null;
    when: string | null;
    testMethod: string | null;
    reportBack: string | null;
    caseMeeting: string;
    steps: Array<{
      what: string;
      owner: string | null;
      due: string | null;
      status: string;
      doneAt: string | null;
      sponsorHelp: string | null;
      comments: number;
    }>;
  }>;
  /** The team's PDSA cycles: phase and what the team asks of its sponsor on each (since when, ISO instant). */
  pdsaCycles: Array<{ title: string; phase: string; sponsorHelp: string | null; sponsorHelpSince: string | null }>;
  /** The team's monthly IHI progress scores (0.5–5.0), oldest first: material for the 18-month assessment. */
  progressScores: Array<{ month: string; score: number; reason: string }>;
}

/** The action plans (with steps and their status), PDSA cycles and progress scores of each team, by team id; owners by name. */
export async function collectTeamWork(repos: Repos, teams: Team[]): Promise<Map<string, TeamWork>> {
  const out = new Map<string, TeamWork>();
  const names = new Map<string, string>();
  const nameOf = async (id: string | null, fallback: string | null) => {
    if (!id) return fallback;
    if (!names.has(id)) names.set(id, (await repos.persons.get(id))?.displayName ?? '');
    return names.get(id) || fallback;
  };
  for (const team of teams) {
    const plans = await repos.actionPlans.listForTeam(team.id);
    const actionPlans: TeamWork['actionPlans'] = [];
    for (const p of plans) {
      const steps = [];
      for (const s of p.steps) {
        steps.push({
          what: s.what,
          owner: await nameOf(s.ownerId, s.ownerName),
          due: s.due,
          status: s.status,
          doneAt: s.doneAt?.toISOString() ?? null,
          sponsorHelp: s.sponsorHelp,
          comments: s.comments.length,
        });
      }
      const { title, whatToChange, successCriterion, when, testMethod, reportBack, planDate } = p;
      actionPlans.push({
        title,
        whatToChange,
        successCriterion,
        when,
        testMethod,
        reportBack,
        caseMeeting: planDate,
        steps,
      });
    }
    const progressScores = (await repos.progress.listForTeam(team.id)).map(({ month, score, reason }) => ({
      month,
      score,
      reason,
    }));
    const pdsaCycles = (await repos.pdsa.listForTeam(team.id)).map((c) => ({
      title: c.title,
      phase: c.phase,
      sponsorHelp: c.sponsorHelp,
      sponsorHelpSince: c.sponsorHelpAt?.toISOString() ?? null,
    }));
    out.set(team.id, { actionPlans, pdsaCycles, progressScores });
  }
  return out;
}
