import { z } from 'zod';
import {
  CHARTS_FOR_UNIT,
  DIRECTIONS,
  DomainError,
  MEASURE_CHARTS,
  MEASURE_SCOPES,
  MEASURE_TYPES,
  UNIT_KINDS,
  measureInput,
} from '../../domain';
import { button } from '../../cards/button';
import { adminCreatedCard } from '../../cards/builders/admin-cards';
import type { FlowContext } from '../flow';
import { formatGoal } from '../../reporting/format-measure-value';
import { claimNonce } from '../nonce';
import type { Reply } from '../turn';
import { formProblem } from './admin-form-problem';
import { measureFormCard, type MeasureDraft } from './admin-measure-form-card';
import { adminScopes, measureCreationScopes } from './admin-scope';

/** `nyt mål` or the button: the measure form, for tovholdere, admins and team leads (their team's own measures). */
export async function measureForm(
  ctx: FlowContext,
  draft: MeasureDraft,
  error: string | null = null,
): Promise<Reply[]> {
  const scopes = measureCreationScopes(await adminScopes(ctx));
  if (scopes.length === 0) throw new DomainError('PERMISSION_DENIED', { reason: 'leadOrCoordinatorOnly' });
  return [{ card: measureFormCard(ctx, scopes, draft, error) }];
}

const LABELS = {
  name: 'admin.field.measureName',
  collaborativeId: 'admin.field.collaborative',
  teamId: 'admin.field.team',
};
const goal = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^-?\d+([.,]\d+)?$/),
  ])
  .optional()
  .transform((v) => (v ? Number(v.replace(',', '.')) : null));

const submitted = z.object({
  collaborativeId: z.string().min(1).max(64),
  code: measureInput.shape.code,
  name: measureInput.shape.name,
  type: z.enum(MEASURE_TYPES),
  unitKind: z.enum(UNIT_KINDS),
  unit: measureInput.shape.unit,
  direction: z.enum(DIRECTIONS),
  goal,
  period: z.enum(['week', 'month', 'day']),
  chart: z.enum(MEASURE_CHARTS).default('auto'),
  scope: z.enum(MEASURE_SCOPES).default('team'),
  teamId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || null),
  nonce: z.string().max(64).optional(),
});

/** The form was sent: checks it again (permission included), refuses a code in use, creates the measure. */
export async function createMeasure(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { t } = ctx;
  const draft = draftOf(data);
  const parsed = submitted.safeParse(data);
  if (!parsed.success) return measureForm(ctx, draft, formProblem(ctx, parsed.error, LABELS));
  const input = parsed.data;
  const scope = measureCreationScopes(await adminScopes(ctx)).find((s) => s.collaborative.id === input.collaborativeId);
  if (!scope) throw new DomainError('PERMISSION_DENIED', { reason: 'leadOrCoordinatorOnly' });
  if (input.scope !== 'team' && !scope.shared)
    throw new DomainError('PERMISSION_DENIED', { reason: 'coordinatorOnly' });
  // A double submit ends here ("already done"); a re-shown form below carries a fresh nonce.
  await claimNonce(ctx, input.nonce);
  const team = input.scope === 'team' ? scope.teams.find((x) => x.id === input.teamId) : undefined;
  if (input.scope === 'team' && !team) return measureForm(ctx, draft, t('admin.scopeTeamNeedsTeam'));
  if (input.unitKind === 'proportion' && input.goal !== null && (input.goal < 0 || input.goal > 100))
    return measureForm(ctx, draft, t('admin.formProblem', { field: t('admin.field.goal') }));
  if (!CHARTS_FOR_UNIT[input.unitKind].includes(input.chart)) {
    const fits = CHARTS_FOR_UNIT[input.unitKind].map((c) => t(`admin.chart.${c}`)).join(', ');
    return measureForm(ctx, draft, t('admin.chartMismatch', { kind: t(`admin.unitKind.${input.unitKind}`), fits }));
  }
  if (await ctx.store.measures.findByCode(scope.collaborative.id, input.code))
    return measureForm(ctx, draft, t('admin.measureExists', { code: input.code }));
  const { nonce: _nonce, ...fields } = input;
  const measure = await ctx.store.measures.create(
    { ...fields, collaborativeId: scope.collaborative.id, teamId: team?.id ?? null },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const title = t('admin.measureCreated.title', { code: measure.code });
  const text = t('admin.measureCreated.text', { code: measure.code });
  const facts = [
    { title: t('admin.fact.measure'), value: `${measure.code} – ${measure.name}` },
    {
      title: t('admin.fact.kind'),
      value: t(`admin.unitKind.${measure.unitKind}`) + (measure.unit ? ` (${measure.unit})` : ''),
    },
    { title: t('admin.fact.period'), value: t(`admin.period.${measure.period}`) },
    { title: t('admin.fact.scope'), value: team ? team.name : t(`admin.scope.${measure.scope}`) },
  ];
  const goalText = formatGoal(measure, ctx.locale);
  if (goalText) facts.splice(2, 0, { title: t('admin.fact.goal'), value: goalText });
  const buttons = [
    button(t('admin.button.newMeasure'), 'admin.measureForm', { collaborativeId: scope.collaborative.id }),
  ];
  if (!team) buttons.push(button(t('overview.button.show'), 'overview.show', { measureId: measure.id }));
  return [{ card: adminCreatedCard({ title, facts, text, buttons }) }];
}

function draftOf(data: Record<string, unknown>): MeasureDraft {
  const out: MeasureDraft = {};
  for (const [key, value] of Object.entries(data))
    if (typeof value === 'string') out[key as keyof MeasureDraft] = value;
  return out;
}
