import type { Measure } from '../domain';
import type { Button } from '../cards/button';
import { pickerCard } from '../cards/builders/picker-card';
import type { FlowContext } from './flow';
import type { Reply } from './turn';

/** What a measure picker asks and what answering it does. */
export interface MeasurePicker {
  title: string;
  text: string;
  measures: Measure[];
  /** The verb each answer sends, with `data` plus the chosen `measureId`. */
  verb: string;
  data?: Record<string, unknown>;
  /** The drop-down's submit button. */
  submitTitle: string;
  /** The drop-down's label and its "choose one" error (defaults: the measurement form's). */
  selectLabel?: string;
  selectError?: string;
  /** Buttons after the choices (e.g. cancel). */
  extra?: Button[];
}

/** "Which measure?": a button per measure, or a drop-down when there are more than three. */
export function measurePicker(ctx: FlowContext, p: MeasurePicker): Reply {
  const { t } = ctx;
  return {
    card: pickerCard({
      title: p.title,
      text: p.text,
      options: p.measures.map((m) => ({ label: `${m.code} – ${m.name}`, value: m.id })),
      field: 'measureId',
      verb: p.verb,
      data: p.data ?? {},
      select: {
        label: p.selectLabel ?? t('measurement.form.measure'),
        error: p.selectError ?? t('common.chooseOne'),
        submit: p.submitTitle,
      },
      ...(p.extra ? { extra: p.extra } : {}),
    }),
  };
}
