import {
  currentPeriodKey,
  periodBounds,
  periodIndex,
  periodLabelAt,
  withoutRow,
  withRow,
  type Measure,
  type Measurement,
  type Team,
} from '../../domain';
import { recordMeasurement } from '../../domain/use-cases/record-measurement';
import { button } from '../../cards/button';
import { measurementStoredCard } from '../../cards/builders/measurement-cards';
import { chartReply } from '../chart/chart-card';
import type { FlowContext } from '../flow';
import { formatDisplay, formatGoal, formatMeasurement } from '../../reporting/format-measure-value';
import { toMeasurePeriod } from '../quick-text/parse-period';
import { completesSignal, type SeriesAnalysis } from '../../reporting/series-analysis';
import type { Reply } from '../turn';
import { savePending, type PendingInput } from './pending-input';
import { replaceQuestion, unusualQuestion } from './questions';
import { typedValues } from './typed-values';
import { proposeAfterShift } from '../baseline/propose-after-shift';
import { saveUndo, UNDO_MINUTES } from './undo';

/**
 * Stores a measurement through the domain use case and answers with what was stored, the median, whether
 * the point completed a signal, and undo. The same numbers again answer "already saved"; an existing value
 * for the period first asks to replace it, an implausible value asks "are you sure?". A correction (`ret`,
 * `input.correct`) replaces without asking and answers with the updated chart.
 */
export async function recordAndReply(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  input: PendingInput,
  confirmReplace = false,
): Promise<Reply[]> {
  const { t, locale, person } = ctx;
  const now = ctx.clock.now();
  const values = typedValues(measure, input.valueText);
  const periodKey = input.period
    ? toMeasurePeriod(input.period, measure.period, input.periodText ?? input.period)
    : currentPeriodKey(measure.period, now, person.timeZone);
  const history = await ctx.store.measurements.series(measure.id, team.id);
  const at = periodIndex(history, { periodKey, periodStart: periodBounds(periodKey)?.start ?? '' });
  const existing = at.found ? history[at.index] : undefined;
  const result = await recordMeasurement(ctx.store, {
    measureId: measure.id,
    teamId: team.id,
    periodKey,
    ...values,
    // A correction keeps the period's note unless it brings its own.
    note: input.note ?? (input.correct ? (existing?.note ?? null) : null),
    actor: { personId: person.id, at: now },
    timeZone: person.timeZone,
    confirmReplace: confirmReplace || input.correct === true,
    requireExisting: input.correct === true,
    confirmUnusual: input.unusualConfirmed === true,
    history,
    // Loaded in this turn's transaction: the use case need not read them again.
    loaded: { measure, team },
  });
  const period = periodLabelAt(periodKey, locale, now, person.timeZone);
  if (result.status === 'unchanged') {
    const value = formatMeasurement(measure, result.existing, locale);
    return [{ text: t('measurement.alreadyStored', { measure: measure.code, period, value }) }];
  }
  if (result.status === 'needs_confirmation' || result.status === 'needs_plausibility') {
    const token = await savePending(ctx, { ...input, measureId: measure.id, period: periodKey, periodText: period });
    const asked = { measure, period, values, token };
    return [
      result.status === 'needs_confirmation'
        ? replaceQuestion(ctx, asked, result.existing, { teamId: team.id, owner: person })
        : unusualQuestion(ctx, asked, result.reason, { teamId: team.id, owner: person }),
    ];
  }
  const series = withRow(history, result.measurement);
  if (input.correct && result.previous) {
    await saveUndo(ctx, result.measurement, result.previous);
    const text = t('correction.corrected', {
      measure: measure.code,
      period,
      old: formatMeasurement(measure, result.previous, locale),
      value: formatMeasurement(measure, result.measurement, locale),
    });
    return [{ text }, await chartReply(ctx, team, measure)];
  }
  const stored = await storedCard(ctx, team, measure, result.measurement, result.previous, series);
  return stored.proposal ? [{ card: stored.card }, stored.proposal] : [{ card: stored.card }];
}

async function storedCard(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  stored: Measurement,
  previous: Measurement | null,
  series: readonly Measurement[],
) {
  const { t, locale } = ctx;
  const now = ctx.clock.now();
  const zone = ctx.person.timeZone;
  const events = await ctx.store.baselines.active(team.id, measure.id);
  // From the memo: the series before this value is usually there, and the series after it grows from it.
  const analyse = (s: readonly Measurement[]) => ctx.analyses.run(team.id, measure, s, locale, now, events);
  const analysis = analyse(series);
  // The series without this point: analysed at most once, for both "is the signal new" and the split proposal.
  let beforeAnalysis: SeriesAnalysis | undefined;
  const before = () => (beforeAnalysis ??= analyse(withoutRow(series, stored)));
  const isNew = completesSignal(analysis, series.length > 1 ? before : null);
  const proposal = await proposeAfterShift(ctx, team, measure, analysis, events, before);
  const undo = await saveUndo(ctx, stored, previous);
  const facts = [
    { title: t('measurement.fact.team'), value: team.name },
    { title: t('measurement.fact.measure'), value: `${measure.name} (${measure.code})` },
    { title: t('measurement.fact.period'), value: periodLabelAt(stored.periodKey, locale, now, zone) },
    { title: t('measurement.fact.value'), value: formatMeasurement(measure, stored, locale) },
  ];
  if (previous)
    facts.push({ title: t('measurement.fact.previous'), value: formatMeasurement(measure, previous, locale) });
  if (analysis.centre !== null)
    facts.push({ title: t('measurement.fact.median'), value: formatDisplay(measure, analysis.centre, locale) });
  const goal = formatGoal(measure, locale);
  if (goal) facts.push({ title: t('measurement.fact.goal'), value: goal });
  if (stored.note) facts.push({ title: t('measurement.fact.note'), value: stored.note });
  const card = measurementStoredCard({
    title: t(previous ? 'measurement.replacedTitle' : 'measurement.storedTitle', {
      measure: measure.code,
      period: periodLabelAt(stored.periodKey, locale, now, zone),
    }),
    facts,
    signalTitle: t(isNew ? 'measurement.signalNew' : 'measurement.signalTitle'),
    signalText: analysis.summary,
    signalIsNew: isNew,
    undoHint: t('measurement.undoHint', { minutes: UNDO_MINUTES }),
    buttons: [
      button(t('measurement.button.undo'), 'measurement.undo', { ...undo }, 'destructive'),
      button(t('measurement.button.chart'), 'chart.show', { measureId: measure.id, teamId: team.id }),
      button(t('measurement.button.another'), 'measurement.form', { teamId: team.id }),
    ],
  });
  return { card, proposal };
}
