import type { Collaborative, Measure, Measurement, Repos, Team } from '../../domain';
import { CellError, quoteCell } from './import-cell';
import { memoise } from './memoise';

/** Looks up teams, measures and stored series for import rows, each at most once. */
export interface ImportTargets {
  team(name: string, collaborative: string | null): { team: Team; collaborative: Collaborative };
  measure(ref: string, team: Team): Measure;
  existing(measureId: string, teamId: string): Promise<Map<string, Measurement>>;
}

/** Loads teams and measures (of one collaborative with `only`, else all) and builds cached lookups. */
export async function loadImportTargets(repos: Repos, only: Collaborative | null): Promise<ImportTargets> {
  const collaboratives = only ? [only] : await repos.collaboratives.list();
  const byId = new Map(collaboratives.map((c) => [c.id, c]));
  const teams = (only ? await repos.teams.listByCollaborative(only.id) : await repos.teams.list()).filter((t) =>
    byId.has(t.collaborativeId),
  );
  const measures = new Map<string, Measure[]>();
  for (const c of collaboratives) measures.set(c.id, await repos.measures.listByCollaborative(c.id));
  const series = new Map<string, Promise<Map<string, Measurement>>>();

  const team = (name: string, collaborative: string | null) => {
    const key = name.toLowerCase();
    const wanted = collaborative?.toLowerCase();
    const found = teams.filter((t) => {
      const c = byId.get(t.collaborativeId)!;
      const inScope = !wanted || c.name.toLowerCase() === wanted || c.id === collaborative;
      return inScope && (t.name.toLowerCase() === key || t.id === name);
    });
    if (found.length === 0) throw new CellError(`unknown team ${quoteCell(name)}`);
    if (found.length > 1)
      throw new CellError(
        `team ${quoteCell(name)} exists in several collaboratives; add a "collaborative" column or use --collaborative`,
      );
    return { team: found[0]!, collaborative: byId.get(found[0]!.collaborativeId)! };
  };

  const measure = (ref: string, t: Team) => {
    const list = measures.get(t.collaborativeId) ?? [];
    const key = ref.toLowerCase();
    const m =
      list.find((x) => x.code.toLowerCase() === key || x.id === ref) ?? list.find((x) => x.name.toLowerCase() === key);
    if (!m) throw new CellError(`unknown measure ${quoteCell(ref)} in this collaborative`);
    if (m.teamId !== null && m.teamId !== t.id)
      throw new CellError(`measure ${m.code} belongs to another team than ${t.name}`);
    return m;
  };

  return {
    team: memoise(team, (name, collaborative) => `${collaborative ?? ''}\u0000${name}`),
    measure: memoise(measure, (ref, t) => `${t.id}\u0000${ref}`),
    existing(measureId, teamId) {
      const key = `${measureId}|${teamId}`;
      let s = series.get(key);
      if (!s) {
        s = repos.measurements.series(measureId, teamId).then((rows) => new Map(rows.map((r) => [r.periodKey, r])));
        series.set(key, s);
      }
      return s;
    },
  };
}
