import { z } from 'zod';
import { DomainError, localDate, type Measure, type Team } from '../../domain';
import { button } from '../../cards/button';
import { choiceCard } from '../../cards/builders/choice-card';
import type { Flow, FlowContext } from '../flow';
import { measurePicker } from '../measure-picker';
import { measurementForm } from '../measurement/measurement-form';
import { dropPending, loadPending, savePending, type PendingInput } from '../measurement/pending-input';
import { recordAndReply } from '../measurement/record-and-reply';
import { undoMeasurement } from '../measurement/undo';
import { claimNonce } from '../nonce';
import { parseData } from '../parse-data';
import { matchMeasure } from '../quick-text/match-measure';
import { parseMeasurementText } from '../quick-text/parse-measurement-text';
import { parsePeriodText } from '../quick-text/parse-period';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { REPLACE_QUESTION_VIEW, replaceQuestionView } from '../measurement/replace-question';
import { UNUSUAL_QUESTION_VIEW, unusualQuestionView } from '../measurement/unusual-question';

const optionalId = z.string().min(1).max(64).optional();
const text = (max: number) =>
  z
    .union([z.string().max(max), z.number()])
    .optional()
    .transform((v) => (v === undefined ? undefined : String(v)));
const formSchema = z.object({
  teamId: optionalId,
  measureId: optionalId,
  // A data reminder opens the form on the period that is missing, not the current one.
  periodKey: z
    .string()
    .regex(/^\d{4}-(W\d{2}|\d{2}(-\d{2})?)$/)
    .optional(),
});
const submitSchema = z.object({
  teamId: z.string().min(1).max(64),
  measureId: z.string().min(1).max(64),
  nonce: optionalId,
  period: text(40),
  value: text(40),
  numerator: text(20),
  denominator: text(20),
  note: text(1000),
});
const tokenSchema = z.object({ token: z.string().min(1).max(64) });
const undoSchema = tokenSchema.extend({ owner: z.string().min(1).max(64).optional() });
const chooseSchema = tokenSchema.extend({ measureId: z.string().min(1).max(64).optional() });

/** `måling OP24 18/22 uge 47`: parse, find the measure (ask when ambiguous, suggest on a typo), store. */
async function quickMeasurement(ctx: FlowContext, args: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'measurement.write');
  const measures = await ctx.store.measures.listForTeam(team.id);
  if (!args.trim()) return measurementForm(ctx, team, measures, null);
  const parsed = parseMeasurementText(args, localDate(ctx.clock.now(), ctx.person.timeZone));
  if (!parsed.ok) {
    if (parsed.problem === 'badPeriod')
      throw parsed.error ?? new DomainError('INVALID_PERIOD', { period: parsed.text ?? '' });
    return usage(ctx, team);
  }
  const { measureQuery, valueText, period, periodText, note } = parsed.value;
  const input: PendingInput = { teamId: team.id, valueText, period, periodText, note };
  const match = matchMeasure(measureQuery, measures);
  if (match.kind === 'one') return recordAndReply(ctx, team, match.measure, input);
  const token = await savePending(ctx, input);
  const { t } = ctx;
  if (match.kind === 'ambiguous')
    return [
      measureChoice(
        ctx,
        t('measurement.ambiguousTitle'),
        t('measurement.ambiguousText', { query: measureQuery }),
        match.measures,
        token,
      ),
    ];
  if (match.kind === 'suggest')
    return [
      measureChoice(
        ctx,
        t('measurement.suggestTitle'),
        t('measurement.suggestText', { query: measureQuery }),
        match.measures,
        token,
      ),
    ];
  return [
    measureChoice(
      ctx,
      t('measurement.unknownTitle'),
      t('measurement.unknownText', { query: measureQuery }),
      measures,
      token,
    ),
  ];
}

/** A card asking which measure was meant; each answer resumes the pending input. */
function measureChoice(ctx: FlowContext, title: string, text: string, measures: Measure[], token: string): Reply {
  const { t } = ctx;
  const cancel = button(t('measurement.button.cancel'), 'measurement.keep', { token });
  return measurePicker(ctx, {
    title,
    text,
    measures,
    verb: 'measurement.choose',
    data: { token },
    submitTitle: t('measurement.button.choose'),
    extra: [cancel],
  });
}

function usage(ctx: FlowContext, team: Team): Reply[] {
  const { t } = ctx;
  const card = choiceCard({
    title: t('measurement.usageTitle'),
    text: t('measurement.usageText'),
    buttons: [button(t('help.button.measure'), 'measurement.form', { teamId: team.id }, 'positive')],
  });
  return [{ card }];
}

async function teamMeasure(
  ctx: FlowContext,
  teamId: string | undefined,
  measureId: string,
): Promise<{ team: Team; measure: Measure }> {
  const team = await resolveTeam(ctx, 'measurement.write', teamId);
  const measure = (await ctx.store.measures.listForTeam(team.id)).find((m) => m.id === measureId);
  if (!measure) throw new DomainError('MEASURE_NOT_AVAILABLE');
  return { team, measure };
}

/** Resumes a pending input after a measure choice, *Erstat* (replace) or *Ja, gem* (an unusual value). */
async function resumePending(
  ctx: FlowContext,
  data: Record<string, unknown>,
  answer: 'choose' | 'replace' | 'unusual',
): Promise<Reply[]> {
  const { token, measureId } = parseData(chooseSchema, data);
  await claimNonce(ctx, token);
  const pending = await loadPending(ctx, token);
  if (!pending) return [{ text: ctx.t('measurement.pendingExpired') }];
  const chosen = measureId ?? pending.measureId;
  if (!chosen) throw new DomainError('VALIDATION_FAILED', { field: 'measureId' });
  const { team, measure } = await teamMeasure(ctx, pending.teamId, chosen);
  await dropPending(ctx, token);
  const input = answer === 'unusual' ? { ...pending, unusualConfirmed: true } : pending;
  return recordAndReply(ctx, team, measure, input, answer === 'replace');
}

/** Logging measurements: quick text, the form, measure choice, replace and unusual-value confirmation, undo. */
export const measurementFlow: Flow = {
  name: 'measurement',
  commands: [
    {
      // "maling" and "maaling": "måling" typed on a keyboard without å.
      words: ['måling', 'maaling', 'maling', 'm', 'measurement', 'measure', 'log'],
      help: { usage: 'measurement.cmd', description: 'measurement.cmd.text', roles: ['member', 'lead'] },
      handle: quickMeasurement,
    },
  ],
  actions: {
    'measurement.form': async (ctx, data) => {
      const { teamId, measureId, periodKey } = parseData(formSchema, data);
      const team = await resolveTeam(ctx, 'measurement.write', teamId);
      const measures = await ctx.store.measures.listForTeam(team.id);
      return measurementForm(ctx, team, measures, measures.find((m) => m.id === measureId) ?? null, periodKey);
    },
    'measurement.submit': async (ctx, data) => {
      const form = parseData(submitSchema, data);
      await claimNonce(ctx, form.nonce);
      const { team, measure } = await teamMeasure(ctx, form.teamId, form.measureId);
      const today = localDate(ctx.clock.now(), ctx.person.timeZone);
      const periodText = form.period?.trim() || null;
      const valueText =
        form.value?.trim() ||
        (form.numerator && form.denominator ? `${form.numerator.trim()}/${form.denominator.trim()}` : '');
      if (!valueText) throw new DomainError('VALIDATION_FAILED', { field: 'value' });
      const period = periodText ? (parsePeriodText(periodText, today) ?? null) : null;
      const note = form.note?.trim() || null;
      return recordAndReply(ctx, team, measure, { teamId: team.id, valueText, period, periodText, note });
    },
    'measurement.choose': (ctx, data) => resumePending(ctx, data, 'choose'),
    'measurement.replace': (ctx, data) => resumePending(ctx, data, 'replace'),
    'measurement.unusual': (ctx, data) => resumePending(ctx, data, 'unusual'),
    'measurement.keep': async (ctx, data) => {
      const { token } = parseData(tokenSchema, data);
      await dropPending(ctx, token);
      return [{ text: ctx.t('common.cancelled') }];
    },
    'measurement.undo': async (ctx, data) => undoMeasurement(ctx, parseData(undoSchema, data)),
  },
  views: { [REPLACE_QUESTION_VIEW]: replaceQuestionView, [UNUSUAL_QUESTION_VIEW]: unusualQuestionView },
};
