import { renderOverviewPng, type OverviewInput } from '../charts';
import type { Locale, Measure, Repos } from '../domain';
import { loadOverviewRows, overviewLabels, overviewTeams, type OverviewRow } from './overview-data';

/** What an overview image link names: the measure, whose view it is, and the label language. */
export interface OverviewImageRequest {
  measureId: string;
  viewerId: string;
  locale: Locale;
}

/** The small-multiples input: one run chart per team (short names) on the same scale and time axis, with the goal. */
export function overviewImageInput(measure: Measure, rows: OverviewRow[], locale: Locale): OverviewInput {
  const { labels, years } = overviewLabels(rows, locale);
  return {
    measureName: `${measure.code} – ${measure.name}${measure.unit ? ` (${measure.unit})` : ''}`,
    teams: rows.map((row) => ({ name: row.label, analysis: row.analysis })),
    periodLabels: labels,
    periodYears: years,
    goal: measure.goal,
    better: measure.direction,
    chart: 'run',
    quantity: measure.unitKind,
    locale,
  };
}

/**
 * Renders the overview PNG for a signed link. The viewer's teams are worked out from their roles now, not
 * when the link was made, so a revoked sponsor or a deleted person gets nothing (null → 404).
 */
export async function renderOverviewForViewer(
  repos: Repos,
  req: OverviewImageRequest,
  now: Date,
): Promise<Buffer | null> {
  const [measure, viewer] = await Promise.all([repos.measures.get(req.measureId), repos.persons.get(req.viewerId)]);
  if (!measure || !viewer || viewer.deletedAt) return null;
  const collaborative = await repos.collaboratives.get(measure.collaborativeId);
  const teams = await overviewTeams(repos, await repos.memberships.listForPerson(viewer.id), measure);
  if (!collaborative || teams.length === 0) return null;
  const rows = await loadOverviewRows(repos, measure, teams, {
    now,
    timeZone: viewer.timeZone,
    collaborative,
  });
  if (rows.length === 0) return null;
  return renderOverviewPng(overviewImageInput(measure, rows, req.locale));
}
