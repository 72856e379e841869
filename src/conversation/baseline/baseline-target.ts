import { comparePeriods, DomainError, periodLabel, type BaselineKind, type Measure, type Team } from '../../domain';
import type { FlowContext } from '../flow';
import { matchMeasure } from '../quick-text/match-measure';
import { toMeasurePeriod } from '../quick-text/parse-period';

/** The team's measure a typed name means; UNKNOWN_MEASURE or AMBIGUOUS_MEASURE otherwise. */
export async function teamMeasure(ctx: FlowContext, team: Team, query: string): Promise<Measure> {
  const match = matchMeasure(query, await ctx.store.measures.listForTeam(team.id));
  if (match.kind === 'one') return match.measure;
  throw new DomainError(match.kind === 'ambiguous' ? 'AMBIGUOUS_MEASURE' : 'UNKNOWN_MEASURE', { measure: query });
}

/**
 * The measure's period key for a typed period, checked against the team's values: it must lie between the
 * first and the latest value, and a new part must begin after the first one.
 */
export async function checkedPeriod(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  kind: BaselineKind,
  typedKey: string,
  typedText: string,
): Promise<string> {
  const key = toMeasurePeriod(typedKey, measure.period, typedText);
  const series = await ctx.store.measurements.series(measure.id, team.id);
  const first = series[0]?.periodKey;
  const last = series.at(-1)?.periodKey;
  if (!first || !last) throw new DomainError('BASELINE_NO_DATA', { measure: measure.code });
  const label = (k: string) => periodLabel(k, ctx.locale, Number.NaN);
  if (comparePeriods(key, first) < 0 || comparePeriods(key, last) > 0)
    throw new DomainError('BASELINE_PERIOD_OUTSIDE', {
      period: label(key),
      measure: measure.code,
      first: label(first),
      last: label(last),
    });
  if (kind === 'part' && comparePeriods(key, first) === 0)
    throw new DomainError('BASELINE_PART_AT_START', { measure: measure.code, first: label(first) });
  return key;
}

/** The team's measure with this id; MEASURE_NOT_AVAILABLE when the team does not have it. */
export async function teamMeasureById(ctx: FlowContext, team: Team, measureId: string): Promise<Measure> {
  const measure = (await ctx.store.measures.listForTeam(team.id)).find((m) => m.id === measureId);
  if (!measure) throw new DomainError('MEASURE_NOT_AVAILABLE');
  return measure;
}
