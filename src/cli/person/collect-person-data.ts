import type { Person, Repos } from '../../domain';
import { collectAuthoredWork } from './collect-authored-work';

/**
 * Everything the store holds about one person, for a data-protection access request (GDPR art. 15):
 * the person and chat identities, roles, measurements they recorded, PDSA cycles they own, action plans they
 * wrote, action-plan steps they own and comments, progress scores, storyboard notes, seminar answers, subscriptions, conversations the bot stored, and audit entries about or by them.
 */
export async function collectPersonData(repos: Repos, person: Person, now: Date) {
  const teams = new Map((await repos.teams.list()).map((t) => [t.id, t]));
  const collaboratives = await repos.collaboratives.list();
  const collabName = new Map(collaboratives.map((c) => [c.id, c.name]));
  const measures = new Map<string, string>();
  for (const c of collaboratives)
    for (const m of await repos.measures.listByCollaborative(c.id)) measures.set(m.id, m.code);

  const memberships = await repos.memberships.listForPerson(person.id);
  const recorded = await repos.measurements.listRecordedBy(person.id);
  const pdsa = [];
  const plans = [];
  for (const teamId of teams.keys()) {
    pdsa.push(...(await repos.pdsa.listForTeam(teamId)).filter((c) => c.ownerId === person.id));
    plans.push(...(await repos.actionPlans.listForTeam(teamId)).filter((p) => p.createdBy === person.id));
  }
  const rsvps = [];
  for (const c of collaboratives)
    for (const s of await repos.seminars.listByCollaborative(c.id))
      rsvps.push(
        ...(await repos.seminars.rsvps(s.id))
          .filter((r) => r.personId === person.id)
          .map((r) => ({ seminar: s.title, ...r })),
      );
  const byActor = await repos.audit.list({ actorId: person.id });
  const about = await repos.audit.list({ entity: 'person', entityId: person.id });

  return {
    exportedAt: now.toISOString(),
    person,
    roles: memberships.map((m) => ({
      ...m,
      team: m.teamId ? (teams.get(m.teamId)?.name ?? null) : null,
      collaborative: m.collaborativeId ? (collabName.get(m.collaborativeId) ?? null) : null,
    })),
    measurementsRecorded: recorded.map((m) => ({
      ...m,
      team: teams.get(m.teamId)?.name ?? null,
      measure: measures.get(m.measureId) ?? null,
    })),
    pdsaCyclesOwned: pdsa,
    actionPlansCreated: plans,
    ...(await collectAuthoredWork(repos, person.id)),
    seminarAnswers: rsvps,
    sponsorSubscriptions: await repos.subscriptions.listForPerson(person.id),
    conversations: await repos.conversationRefs.forPerson(person.id),
    auditEntries: dedupe([...about, ...byActor]),
  };
}

function dedupe<T extends { id: string }>(entries: T[]): T[] {
  return [...new Map(entries.map((e) => [e.id, e])).values()];
}
