import type { Measure } from '../domain';
import { button, submitButton, type Button } from '../cards/button';
import { choiceCard } from '../cards/builders/choice-card';
import type { FlowContext } from './flow';
import type { Reply } from './turn';

/** Above this many measures a choice is a drop-down instead of buttons. */
const MAX_MEASURE_BUTTONS = 5;

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

/** "Which measure?": one button per measure, or a drop-down when there are many. */
export function measurePicker(ctx: FlowContext, p: MeasurePicker): Reply {
  const { t } = ctx;
  const data = p.data ?? {};
  const extra = p.extra ?? [];
  const label = (m: Measure) => `${m.code} – ${m.name}`;
  if (p.measures.length <= MAX_MEASURE_BUTTONS) {
    const buttons = p.measures.map((m) => button(label(m), p.verb, { ...data, measureId: m.id }));
    return { card: choiceCard({ title: p.title, text: p.text, buttons: [...buttons, ...extra] }) };
  }
  return {
    card: choiceCard({
      title: p.title,
      text: p.text,
      select: {
        id: 'measureId',
        label: p.selectLabel ?? t('measurement.form.measure'),
        error: p.selectError ?? t('common.chooseOne'),
        choices: p.measures.map((m) => ({ title: label(m), value: m.id })),
        submit: submitButton(p.submitTitle, p.verb, data),
      },
      ...(extra.length ? { buttons: extra } : {}),
    }),
  };
}
