import type { Actor, Person, Store } from '../../domain';
import { collectAuthoredWork } from './collect-authored-work';

/** What a deletion did, for the operator's report. */
export interface AnonymiseReport {
  identities: number;
  rolesRevoked: number;
  subscriptionsPaused: number;
  conversationsClosed: number;
  remindersDropped: number;
  measurementsKept: number;
  /** Storyboard notes, owned action steps, step comments and progress scores kept for the anonymised person. */
  workKept: { storyboardNotes: number; actionSteps: number; comments: number; progressScores: number };
}

/**
 * Data-protection deletion (GDPR art. 17), in one transaction: roles revoked, sponsor subscriptions paused,
 * personal conversations closed, pending reminders to them dropped, then the person anonymised (name
 * "slettet bruger", email and chat identities removed). Measurements, storyboard notes, action-plan steps and
 * comments, and progress scores they wrote stay, attributed to the anonymised person; every step is in the audit log.
 */
export async function anonymisePerson(store: Store, person: Person, actor: Actor): Promise<AnonymiseReport> {
  return store.transaction(async (tx) => {
    const roles = await tx.memberships.listForPerson(person.id);
    for (const m of roles) await tx.memberships.revoke(m.id, actor);
    const subs = (await tx.subscriptions.listForPerson(person.id)).filter((s) => !s.paused);
    for (const s of subs) await tx.subscriptions.upsert({ ...s, paused: true });
    const refs = await tx.conversationRefs.forPerson(person.id);
    for (const r of refs) await tx.conversationRefs.markDead(r.id, actor.at);
    const pending = (await tx.reminders.list({ status: 'pending' })).filter(
      (r) => r.recipient.kind === 'person' && r.recipient.personId === person.id,
    );
    for (const r of pending) await tx.reminders.markDropped(r, 'recipient deleted (data-protection request)');
    const measurementsKept = (await tx.measurements.listRecordedBy(person.id)).length;
    const work = await collectAuthoredWork(tx, person.id);
    await tx.persons.anonymise(person.id, actor);
    return {
      identities: person.identities.length,
      rolesRevoked: roles.length,
      subscriptionsPaused: subs.length,
      conversationsClosed: refs.length,
      remindersDropped: pending.length,
      measurementsKept,
      workKept: {
        storyboardNotes: work.storyboardNotes.length,
        actionSteps: work.actionStepsOwned.length,
        comments: work.actionStepComments.length,
        progressScores: work.progressScores.length,
      },
    };
  });
}
