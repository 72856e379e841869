import { z } from 'zod';
import { DomainError, localDate, type Measure } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { askDelete, confirmDelete, keepMeasurement } from '../measurement/delete-measurement';
import { recordAndReply } from '../measurement/record-and-reply';
import { parseData } from '../parse-data';
import { matchMeasure } from '../quick-text/match-measure';
import { parseCorrectionText, parseDeletionText, type CorrectionTextResult } from '../quick-text/parse-correction-text';
import { toMeasurePeriod } from '../quick-text/parse-period';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { undoLast } from '../undo-last';

const tokenSchema = z.object({ token: z.string().min(1).max(64) });

/** `ret OP24 uge 47 18/22`: replaces the period's value without asking (it is the explicit overwrite). */
async function correctCommand(ctx: FlowContext, args: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'measurement.write');
  const parsed = readable(parseCorrectionText(args, today(ctx)));
  if (!parsed) return [{ text: ctx.t('correction.usage') }];
  const measure = await oneMeasure(ctx, team.id, parsed.measureQuery);
  if (!measure.ok) return measure.replies;
  const { period, periodText, valueText } = parsed;
  return recordAndReply(ctx, team, measure.measure, {
    teamId: team.id,
    valueText: valueText ?? '',
    period,
    periodText,
    note: null,
    correct: true,
  });
}

/** `slet OP24 uge 47`: asks on a card before deleting the period's value. */
async function deleteCommand(ctx: FlowContext, args: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'measurement.write');
  const parsed = readable(parseDeletionText(args, today(ctx)));
  if (!parsed) return [{ text: ctx.t('correction.deleteUsage') }];
  const measure = await oneMeasure(ctx, team.id, parsed.measureQuery);
  if (!measure.ok) return measure.replies;
  const periodKey = toMeasurePeriod(parsed.period, measure.measure.period, parsed.periodText);
  return askDelete(ctx, team, measure.measure, periodKey);
}

const today = (ctx: FlowContext) => localDate(ctx.clock.now(), ctx.person.timeZone);

/** The parsed parts, null for a usage problem; an unreadable period or value is refused field by field. */
function readable(result: CorrectionTextResult) {
  if (result.ok) return result.value;
  if (result.problem === 'badPeriod') throw new DomainError('INVALID_PERIOD', { period: result.text });
  if (result.problem === 'badValue') throw new DomainError('UNREADABLE_VALUE', { value: result.text });
  return null;
}

/** The one measure a query names; otherwise a text naming the team's measures (a correction is precise). */
async function oneMeasure(
  ctx: FlowContext,
  teamId: string,
  query: string,
): Promise<{ ok: true; measure: Measure } | { ok: false; replies: Reply[] }> {
  const measures = await ctx.store.measures.listForTeam(teamId);
  const match = matchMeasure(query, measures);
  if (match.kind === 'one') return { ok: true, measure: match.measure };
  const candidates = match.kind === 'none' ? measures : match.measures;
  const codes = candidates.map((m) => `${m.code} (${m.name})`).join(', ');
  return { ok: false, replies: [{ text: ctx.t('correction.whichMeasure', { query, codes }) }] };
}

/** Corrections: `ret`, `slet` (with a confirmation card) and a typed `fortryd` of the last undoable action. */
export const correctionFlow: Flow = {
  name: 'correction',
  commands: [
    {
      words: ['ret', 'correct', 'fix'],
      help: { usage: 'correction.cmd', description: 'correction.cmd.text', roles: ['member', 'lead'] },
      handle: correctCommand,
    },
    {
      words: ['slet', 'delete'],
      help: { usage: 'correction.deleteCmd', description: 'correction.deleteCmd.text', roles: ['member', 'lead'] },
      handle: deleteCommand,
    },
    {
      words: ['fortryd', 'undo'],
      help: { usage: 'undo.cmd', description: 'undo.cmd.text', roles: ['member', 'lead'] },
      handle: (ctx) => undoLast(ctx),
    },
  ],
  actions: {
    'measurement.delete': (ctx, data) => confirmDelete(ctx, parseData(tokenSchema, data).token),
    'measurement.deleteKeep': (ctx, data) => keepMeasurement(ctx, parseData(tokenSchema, data).token),
  },
};
