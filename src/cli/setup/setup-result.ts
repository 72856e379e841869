import type { SetupProblem } from './parse-setup-file';

/** The kinds of things a setup file creates. */
export type SetupEntity =
  | 'collaborative'
  | 'team'
  | 'measure'
  | 'person'
  | 'role'
  | 'seminar'
  | 'action plan'
  | 'baseline';

/** What setup did (or, in a dry run, would do) to one entity. */
export interface SetupChange {
  entity: SetupEntity;
  /** How the operator recognises it: a name, a measure code, an email, "email: role in scope". */
  name: string;
  action: 'created' | 'updated' | 'unchanged' | 'cancelled';
  /** For `updated`: the fields that changed. */
  fields: string[];
}

/** The outcome of applying a setup file. */
export interface SetupResult {
  dryRun: boolean;
  collaborativeId: string;
  changes: SetupChange[];
}

/** The file is valid YAML and schema, but refers to things that do not exist; nothing was written. */
export class SetupRejected extends Error {
  override name = 'SetupRejected';
  constructor(readonly problems: SetupProblem[]) {
    super(`${problems.length} problem(s) in the setup file`);
  }
}
