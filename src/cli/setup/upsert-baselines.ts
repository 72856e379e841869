import { periodKindOfKey, type Actor, type BaselineKind, type Collaborative, type Repos } from '../../domain';
import { formatPath, sortProblems, type LineOf, type SetupProblem } from './parse-setup-file';
import type { SetupFile } from './setup-file-schema';
import { SetupRejected, type SetupChange } from './setup-result';

/**
 * Stores the file's frozen baselines and new periods that the team does not have yet (an active event of the
 * same kind and period counts as there; nothing is undone). Team by name, measure by code; a period must be of
 * the measure's kind. Any problem rejects the whole setup.
 */
export async function upsertBaselines(
  tx: Repos,
  collaborative: Collaborative,
  baselines: SetupFile['baselines'],
  lineOf: LineOf,
  actor: Actor,
  changes: SetupChange[],
): Promise<void> {
  const problems: SetupProblem[] = [];
  const report = (path: Array<string | number>, message: string) =>
    problems.push({ line: lineOf(path), path: formatPath(path), message });
  const teams = await tx.teams.listByCollaborative(collaborative.id);
  const work: Array<() => Promise<void>> = [];
  for (const [i, b] of baselines.entries()) {
    const team = teams.find((t) => t.name.toLowerCase() === b.team.toLowerCase());
    if (!team) {
      report(['baselines', i, 'team'], `unknown team "${b.team}" (not under teams: and not in the collaborative)`);
      continue;
    }
    const measure = await tx.measures.findByCode(collaborative.id, b.measure);
    if (!measure || (measure.teamId !== null && measure.teamId !== team.id)) {
      report(['baselines', i, 'measure'], `unknown measure "${b.measure}" for ${team.name}`);
      continue;
    }
    const wanted: Array<{ kind: BaselineKind; periodKey: string; path: Array<string | number> }> = [
      ...(b.freeze ? [{ kind: 'freeze' as const, periodKey: b.freeze, path: ['baselines', i, 'freeze'] }] : []),
      ...b.parts.map((p, j) => ({ kind: 'part' as const, periodKey: p, path: ['baselines', i, 'parts', j] })),
    ];
    for (const w of wanted)
      if (periodKindOfKey(w.periodKey) !== measure.period)
        report(w.path, `${w.periodKey} is not a ${measure.period} (the period of ${measure.code})`);
    const active = await tx.baselines.active(team.id, measure.id);
    for (const w of wanted) {
      const name = `${team.name}: ${measure.code} ${w.kind} ${w.periodKey}`;
      if (active.some((e) => e.kind === w.kind && e.periodKey === w.periodKey)) {
        changes.push({ entity: 'baseline', name, action: 'unchanged', fields: [] });
        continue;
      }
      work.push(async () => {
        await tx.baselines.add(
          { teamId: team.id, measureId: measure.id, kind: w.kind, periodKey: w.periodKey, why: b.why },
          actor,
        );
        changes.push({ entity: 'baseline', name, action: 'created', fields: [] });
      });
    }
  }
  if (problems.length) throw new SetupRejected(sortProblems(problems));
  for (const w of work) await w();
}
