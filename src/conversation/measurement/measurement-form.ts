import { currentPeriodKey, periodKindOfKey, periodLabelAt, type Measure, type Team } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { measurementFormCard } from '../../cards/builders/measurement-cards';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import type { Reply } from '../turn';

/**
 * The measurement form for a team: a picker of its measures, or one measure with fields that fit its unit.
 * `periodKey` pre-fills the period (a data reminder's missing period); otherwise the current period.
 */
export function measurementForm(
  ctx: FlowContext,
  team: Team,
  measures: Measure[],
  fixed: Measure | null,
  periodKey?: string,
): Reply[] {
  const { t, locale } = ctx;
  const now = ctx.clock.now();
  const fraction = fixed !== null && (fixed.unitKind === 'proportion' || fixed.unitKind === 'rate');
  const currentLabel = (m: Measure) => {
    const key =
      periodKey && periodKindOfKey(periodKey) === m.period
        ? periodKey
        : currentPeriodKey(m.period, now, ctx.person.timeZone);
    return m.period === 'month' ? key : periodLabelAt(key, locale, now, ctx.person.timeZone);
  };
  const card = measurementFormCard({
    title: fixed ? t('measurement.form.titleFor', { measure: fixed.name }) : t('measurement.form.title'),
    text: t('measurement.form.text', { team: team.name }),
    picker: fixed
      ? null
      : {
          label: t('measurement.form.measure'),
          choices: measures.map((m) => ({ title: `${m.code} – ${m.name}`, value: m.id })),
          value: measures[0]?.id ?? '',
          error: t('measurement.form.measureError'),
        },
    period: {
      label: t('measurement.form.period'),
      value: fixed ? currentLabel(fixed) : '',
      placeholder: t('measurement.form.periodPlaceholder'),
      error: t('measurement.form.periodError'),
    },
    single: fraction
      ? null
      : {
          label: fixed?.unit ? t('measurement.form.valueFor', { unit: fixed.unit }) : t('measurement.form.value'),
          placeholder: fixed ? '42' : t('measurement.form.valuePlaceholder'),
          error: t('measurement.form.valueError'),
        },
    fraction: fraction
      ? {
          numeratorLabel: t('measurement.form.numerator'),
          denominatorLabel: t('measurement.form.denominator'),
          error: t('measurement.form.fractionError'),
        }
      : null,
    note: { label: t('measurement.form.note'), placeholder: t('measurement.form.notePlaceholder') },
    submit: submitButton(t('measurement.form.submit'), 'measurement.submit', {
      teamId: team.id,
      nonce: newNonce(),
      ...(fixed ? { measureId: fixed.id } : {}),
    }),
    buttons: [button(t('help.button.chart'), 'chart.pick', { teamId: team.id })],
  });
  return [{ card }];
}
