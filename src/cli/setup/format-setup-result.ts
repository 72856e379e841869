import type { SetupProblem } from './parse-setup-file';
import type { SetupChange, SetupResult } from './setup-result';

const MARK: Record<SetupChange['action'], string> = { created: '+', updated: '~', unchanged: '=', cancelled: 'x' };

/** One line per entity (`+ created`, `~ updated (fields)`, `= unchanged`, `x cancelled`) and a summary line. */
export function formatSetupResult(result: SetupResult): string[] {
  const lines = result.dryRun ? ['Dry run: nothing was written. This is what setup would do:'] : [];
  for (const c of result.changes) {
    const fields = c.fields.length ? ` (${c.fields.join(', ')})` : '';
    lines.push(`${MARK[c.action]} ${c.action.padEnd(9)} ${c.entity.padEnd(13)} ${c.name}${fields}`);
  }
  const count = (a: SetupChange['action']) => result.changes.filter((c) => c.action === a).length;
  const summary = `${count('created')} created, ${count('updated')} updated, ${count('cancelled')} cancelled, ${count('unchanged')} unchanged`;
  lines.push(result.dryRun ? `Would apply: ${summary}.` : `Done: ${summary}.`);
  return lines;
}

/** `file.yaml:12: teams[1].region: Invalid enum value …`, one per problem, then a count. */
export function formatSetupProblems(file: string, problems: SetupProblem[]): string[] {
  return [
    ...problems.map((p) => `${file}:${p.line ?? '?'}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
    `${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was changed.`,
  ];
}
