import { currentPeriodKey, periodLabel, type Measure, type Measurement, type Team } from '../../domain';
import { recordMeasurement } from '../../domain/use-cases/record-measurement';
import { button } from '../../cards/button';
import { measurementStoredCard } from '../../cards/builders/measurement-cards';
import { replaceQuestionCard } from './replace-question';
import type { FlowContext } from '../flow';
import { formatDisplay, formatGoal, formatMeasurement } from '../../reporting/format-measure-value';
import { toMeasurePeriod } from '../quick-text/parse-period';
import { analyseSeries, completesSignal } from '../../reporting/series-analysis';
import type { Reply } from '../turn';
import { savePending, type PendingInput } from './pending-input';
import { typedValues } from './typed-values';
import { saveUndo, UNDO_MINUTES } from './undo';

/**
 * Stores a measurement through the domain use case and answers with what was stored, the median, whether
 * the point completed a signal, and undo; an existing value for the period first asks to replace it.
 */
export async function recordAndReply(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  input: PendingInput,
  confirmReplace = false,
): Promise<Reply[]> {
  const { locale, person } = ctx;
  const now = ctx.clock.now();
  const values = typedValues(measure, input.valueText);
  const periodKey = input.period
    ? toMeasurePeriod(input.period, measure.period, input.periodText ?? input.period)
    : currentPeriodKey(measure.period, now, person.timeZone);
  const result = await recordMeasurement(ctx.store, {
    measureId: measure.id,
    teamId: team.id,
    periodKey,
    ...values,
    note: input.note,
    actor: { personId: person.id, at: now },
    timeZone: person.timeZone,
    confirmReplace,
    // Loaded in this turn's transaction: the use case need not read them again.
    loaded: { measure, team },
  });
  const period = periodLabel(periodKey, locale);
  if (result.status === 'needs_confirmation') {
    const token = await savePending(ctx, { ...input, measureId: measure.id, period: periodKey, periodText: period });
    return [
      replaceQuestionCard(ctx, {
        measure,
        teamId: team.id,
        existing: result.existing,
        pending: { ...input, measureId: measure.id, period: periodKey, periodText: period },
        token,
        owner: { id: person.id, name: person.displayName },
      }),
    ];
  }
  return [{ card: await storedCard(ctx, team, measure, result.measurement, result.previous) }];
}

async function storedCard(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  stored: Measurement,
  previous: Measurement | null,
) {
  const { t, locale } = ctx;
  const series = await ctx.store.measurements.series(measure.id, team.id);
  const analysis = analyseSeries(measure, series, locale, 'run', ctx.clock.now());
  const isNew = completesSignal(analysis, measure, series, stored.periodKey, locale);
  const token = await saveUndo(ctx, stored, previous);
  const facts = [
    { title: t('measurement.fact.team'), value: team.name },
    { title: t('measurement.fact.measure'), value: `${measure.name} (${measure.code})` },
    { title: t('measurement.fact.period'), value: periodLabel(stored.periodKey, locale) },
    { title: t('measurement.fact.value'), value: formatMeasurement(measure, stored, locale) },
  ];
  if (previous)
    facts.push({ title: t('measurement.fact.previous'), value: formatMeasurement(measure, previous, locale) });
  if (analysis.centre !== null)
    facts.push({ title: t('measurement.fact.median'), value: formatDisplay(measure, analysis.centre, locale) });
  const goal = formatGoal(measure, locale);
  if (goal) facts.push({ title: t('measurement.fact.goal'), value: goal });
  if (stored.note) facts.push({ title: t('measurement.fact.note'), value: stored.note });
  return measurementStoredCard({
    title: t(previous ? 'measurement.replacedTitle' : 'measurement.storedTitle', {
      measure: measure.code,
      period: periodLabel(stored.periodKey, locale),
    }),
    facts,
    signalTitle: t(isNew ? 'measurement.signalNew' : 'measurement.signalTitle'),
    signalText: analysis.summary,
    signalIsNew: isNew,
    undoHint: t('measurement.undoHint', { minutes: UNDO_MINUTES }),
    buttons: [
      button(t('measurement.button.undo'), 'measurement.undo', { token }, 'destructive'),
      button(t('measurement.button.chart'), 'chart.show', { measureId: measure.id, teamId: team.id }),
      button(t('measurement.button.another'), 'measurement.form', { teamId: team.id }),
    ],
  });
}
