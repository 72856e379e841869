import type { MeasurementWrite } from '../../domain';
import type { ImportPlan, PlannedRow } from './plan-import';

/** At most this many row errors and changed rows are listed; the rest are counted. */
export const MAX_LISTED = 200;

/** Counts of a plan's rows by status. */
export function countRows(plan: ImportPlan) {
  const count = (s: PlannedRow['status']) => plan.rows.filter((r) => r.status === s).length;
  return { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), invalid: plan.errors.length };
}

/** `data.csv:14: unknown team "X"`, one per invalid row. */
export function formatRowErrors(file: string, plan: ImportPlan): string[] {
  const lines = plan.errors.slice(0, MAX_LISTED).map((e) => `${file}:${e.line}: ${e.reason}`);
  if (plan.errors.length > MAX_LISTED) lines.push(`… and ${plan.errors.length - MAX_LISTED} more invalid rows`);
  return lines;
}

/** `line 14: Hvidovre OP24 2026-W03: 18/22 → 19/22`, one per row that would replace a stored value. */
export function formatChanges(plan: ImportPlan): string[] {
  const changed = plan.rows.filter((r) => r.status === 'changed');
  const lines = changed
    .slice(0, MAX_LISTED)
    .map(
      (r) => `  line ${r.line}: ${r.team} ${r.measure} ${r.write.periodKey}: ${show(r.previous!)} → ${show(r.write)}`,
    );
  if (changed.length > MAX_LISTED) lines.push(`  … and ${changed.length - MAX_LISTED} more changed rows`);
  return lines;
}

function show(m: Pick<MeasurementWrite, 'value' | 'numerator' | 'denominator' | 'note'>): string {
  const v = m.denominator !== null ? `${m.numerator}/${m.denominator}` : String(m.value);
  return m.note ? `${v} (note: ${m.note.length > 30 ? `${m.note.slice(0, 30)}…` : m.note})` : v;
}
