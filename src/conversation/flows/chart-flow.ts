import { z } from 'zod';
import { CHART_TYPES, type ChartType } from '../../analysis';
import { DomainError, type Measure, type Team } from '../../domain';
import { chartReply } from '../chart/chart-card';
import type { Flow, FlowContext } from '../flow';
import { measurePicker } from '../measure-picker';
import { parseData } from '../parse-data';
import { matchMeasure } from '../quick-text/match-measure';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';

const showSchema = z.object({
  teamId: z.string().min(1).max(64).optional(),
  measureId: z.string().min(1).max(64),
  chart: z.enum(CHART_TYPES as [ChartType, ...ChartType[]]).default('run'),
});
const pickSchema = z.object({ teamId: z.string().min(1).max(64).optional() });

/** `graf OP24`: the run chart card; without a measure (or an unclear one), a picker. */
async function chartCommand(ctx: FlowContext, args: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'team.read');
  const measures = await ctx.store.measures.listForTeam(team.id);
  const query = args.trim();
  if (!query) return [picker(ctx, team, measures, ctx.t('chart.pickText'))];
  const match = matchMeasure(query, measures);
  if (match.kind === 'one') return [await chartReply(ctx, team, match.measure)];
  const text =
    match.kind === 'ambiguous'
      ? ctx.t('measurement.ambiguousText', { query })
      : match.kind === 'suggest'
        ? ctx.t('measurement.suggestText', { query })
        : ctx.t('measurement.unknownText', { query });
  return [picker(ctx, team, match.kind === 'none' ? measures : match.measures, text)];
}

function picker(ctx: FlowContext, team: Team, measures: Measure[], text: string): Reply {
  const { t } = ctx;
  return measurePicker(ctx, {
    title: t('chart.pickTitle'),
    text,
    measures,
    verb: 'chart.show',
    data: { teamId: team.id },
    submitTitle: t('chart.button.show'),
  });
}

async function show(ctx: FlowContext, data: Record<string, unknown>): Promise<Reply[]> {
  const { teamId, measureId, chart } = parseData(showSchema, data);
  const team = await resolveTeam(ctx, 'team.read', teamId);
  const measure = (await ctx.store.measures.listForTeam(team.id)).find((m) => m.id === measureId);
  if (!measure) throw new DomainError('MEASURE_NOT_AVAILABLE');
  return [await chartReply(ctx, team, measure, chart as ChartType)];
}

/** Run charts and SPC charts on demand. */
export const chartFlow: Flow = {
  name: 'chart',
  commands: [
    {
      words: ['graf', 'diagram', 'seriediagram', 'runchart', 'chart', 'graph'],
      help: {
        usage: 'chart.cmd',
        description: 'chart.cmd.text',
        roles: ['member', 'lead', 'sponsor', 'expert', 'tovholder', 'admin'],
      },
      handle: chartCommand,
    },
  ],
  actions: {
    'chart.show': show,
    'chart.pick': async (ctx, data) => {
      const team = await resolveTeam(ctx, 'team.read', parseData(pickSchema, data).teamId);
      return [picker(ctx, team, await ctx.store.measures.listForTeam(team.id), ctx.t('chart.pickText'))];
    },
  },
};
