import { DIRECTIONS, MEASURE_CHARTS, MEASURE_TYPES, UNIT_KINDS } from '../../domain';
import { submitButton } from '../../cards/button';
import { adminMeasureFormCard, type FormChoice } from '../../cards/builders/admin-cards';
import type { CardModel } from '../../cards/card-model';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import { collaborativePicker, type AdminScope } from './admin-scope';

/** Input ids of the measure form and their typed values so far. */
export type MeasureDraft = Partial<
  Record<
    | 'collaborativeId'
    | 'code'
    | 'name'
    | 'type'
    | 'unitKind'
    | 'unit'
    | 'direction'
    | 'goal'
    | 'period'
    | 'scope'
    | 'teamId'
    | 'chart',
    string
  >
>;

const PERIODS = ['week', 'month', 'day'] as const;

/** The measure form in the person's words: shared measures for coordinators, the team's own for leads. */
export function measureFormCard(
  ctx: FlowContext,
  scopes: AdminScope[],
  draft: MeasureDraft,
  error: string | null,
): CardModel {
  const { t } = ctx;
  const chosen = scopes.find((s) => s.collaborative.id === draft.collaborativeId) ?? scopes[0]!;
  const many = scopes.length > 1;
  const options = <K extends string>(
    id: keyof MeasureDraft,
    keys: readonly K[],
    prefix: string,
    fallback: K,
  ): FormChoice => ({
    label: t(`admin.field.${id}`),
    value: keys.includes(draft[id] as K) ? draft[id]! : fallback,
    choices: keys.map((k) => ({ title: t(`${prefix}.${k}`), value: k })),
  });
  const field = (id: keyof MeasureDraft, label: string, placeholder = '', errorKey = 'admin.field.required') => ({
    label: t(label),
    value: draft[id] ?? '',
    placeholder: placeholder ? t(placeholder) : '',
    error: t(errorKey),
  });
  return adminMeasureFormCard({
    title: t('admin.measureForm.title'),
    text: chosen.shared
      ? t('admin.measureForm.text', { collaborative: chosen.collaborative.name })
      : t('admin.measureForm.textTeam'),
    error,
    required: t('admin.field.required'),
    collaborative: collaborativePicker(ctx, scopes, chosen),
    code: field('code', 'admin.field.code', 'admin.field.code.placeholder', 'admin.field.code.error'),
    name: field('name', 'admin.field.measureName', 'admin.field.measureName.placeholder'),
    unitKind: options('unitKind', UNIT_KINDS, 'admin.unitKind', 'proportion'),
    unit: field('unit', 'admin.field.unit', 'admin.field.unit.placeholder'),
    goal: field('goal', 'admin.field.goal', '', 'admin.field.goal.error'),
    direction: options('direction', DIRECTIONS, 'admin.direction', 'higher'),
    period: options('period', PERIODS, 'admin.period', 'week'),
    type: options('type', MEASURE_TYPES, 'admin.type', 'process'),
    chart: options('chart', MEASURE_CHARTS, 'admin.chart', 'auto'),
    scope: chosen.shared
      ? options('scope', ['mandatory', 'optional', 'team'] as const, 'admin.scope', 'mandatory')
      : null,
    team: chosen.teams.length
      ? {
          label: t('admin.field.team'),
          value: draft.teamId ?? (chosen.shared ? '' : chosen.teams[0]!.id),
          choices: chosen.teams.map((team) => ({ title: team.name, value: team.id })),
        }
      : null,
    submit: submitButton(t('admin.button.createMeasure'), 'admin.createMeasure', {
      ...(many ? {} : { collaborativeId: chosen.collaborative.id }),
      ...(chosen.shared ? {} : { scope: 'team' }),
      nonce: newNonce(),
    }),
  });
}
