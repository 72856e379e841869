import type { Actor, Store } from '../../domain';
import { checkSetupReferences } from './check-setup-references';
import { sortProblems, type LineOf } from './parse-setup-file';
import type { SetupFile } from './setup-file-schema';
import { SetupRejected, type SetupChange, type SetupResult } from './setup-result';
import { upsertActionPlans } from './upsert-action-plans';
import { upsertBaselines } from './upsert-baselines';
import { upsertMeasures, upsertSeminars } from './upsert-measures-seminars';
import { upsertCollaborative, upsertPeople, upsertTeams } from './upsert-organisation';

/** Options of one setup run. */
export interface ApplySetupOptions {
  now: Date;
  /** Do everything in a transaction, report, then roll back. */
  dryRun?: boolean;
}

class DryRunRollback extends Error {
  constructor(readonly result: SetupResult) {
    super('dry run');
  }
}

/**
 * Creates or updates a collaborative from a parsed setup file in ONE transaction: either everything the
 * file says is applied, or (on any problem, or in a dry run) nothing. Matching keys: collaborative by name,
 * team by name, measure by code, person by email, seminar by title. Nothing is ever deleted or revoked.
 */
export async function applySetup(
  store: Store,
  file: SetupFile,
  lineOf: LineOf,
  opts: ApplySetupOptions,
): Promise<SetupResult> {
  const actor: Actor = { personId: null, at: opts.now };
  try {
    return await store.transaction(async (tx) => {
      const existing = await tx.collaboratives.findByName(file.collaborative.name);
      const problems = await checkSetupReferences(tx, existing, file, lineOf);
      if (problems.length) throw new SetupRejected(sortProblems(problems));

      const changes: SetupChange[] = [];
      const { collaborative, change } = await upsertCollaborative(tx, existing, file.collaborative, actor);
      changes.push(change);
      const teams = await upsertTeams(tx, collaborative.id, file.teams, actor, changes);
      await upsertMeasures(tx, collaborative.id, teams, file.measures, actor, changes);
      await upsertPeople(tx, collaborative.id, teams, file.people, actor, changes);
      // Seminar reminders need nothing here: the scheduler's seminar sweep plans them from the stored seminars.
      await upsertSeminars(tx, collaborative.id, file.seminars, actor, changes);
      // After the people: step owners must already be members of their team.
      await upsertActionPlans(tx, collaborative, teams, file.actionPlans, lineOf, actor, changes);
      // After the teams and measures the events name.
      await upsertBaselines(tx, collaborative, file.baselines, lineOf, actor, changes);

      const result: SetupResult = { dryRun: Boolean(opts.dryRun), collaborativeId: collaborative.id, changes };
      if (opts.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.result;
    throw err;
  }
}
