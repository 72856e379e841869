import { z } from 'zod';
import { DomainError, DEFAULT_TIME_ZONE, describeTeamReach, type Measure } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { measurePicker } from '../measure-picker';
import { parseData } from '../parse-data';
import type { Reply } from '../turn';
import { overviewCard } from './overview-card';
import { progressLine } from '../progress/progress-reply';
import { loadOverviewRows, overviewTeams } from '../../reporting/overview-data';

/** At most this many teams in one overview (the card's table and Teams' message size). */
const MAX_TEAMS = 40;
const OVERVIEW_ROLES = ['tovholder', 'expert', 'sponsor', 'admin'];

/** Measures of the collaboratives where the person may see an overview, each with at least one visible team. */
async function overviewMeasures(ctx: FlowContext): Promise<Measure[]> {
  const { store, memberships } = ctx;
  const roles = memberships.filter((m) => OVERVIEW_ROLES.includes(m.role));
  if (roles.length === 0) throw new DomainError('PERMISSION_DENIED', { reason: 'overviewRoles' });
  const ids = new Set<string>();
  if (roles.some((m) => m.role === 'admin')) for (const c of await store.collaboratives.list()) ids.add(c.id);
  for (const m of roles) {
    if (m.collaborativeId) ids.add(m.collaborativeId);
    const team = m.teamId ? await store.teams.get(m.teamId) : null;
    if (team) ids.add(team.collaborativeId);
  }
  const out: Measure[] = [];
  for (const id of ids)
    for (const measure of await store.measures.listByCollaborative(id))
      if ((await overviewTeams(store, memberships, measure)).length) out.push(measure);
  return out;
}

/** `oversigt [KODE]`: the overview of one measure, or a picker when no or several measures match. */
async function overview(ctx: FlowContext, args: string): Promise<Reply[]> {
  const measures = await overviewMeasures(ctx);
  const query = args.trim().toLowerCase();
  if (!query) return [picker(ctx, measures, ctx.t('overview.pickText'))];
  const exact = measures.filter((m) => m.code.toLowerCase() === query);
  const matches = exact.length ? exact : measures.filter((m) => m.name.toLowerCase().includes(query));
  if (matches.length === 0) throw new DomainError('UNKNOWN_MEASURE', { measure: args.trim().slice(0, 40) });
  if (matches.length > 1)
    return [picker(ctx, matches, ctx.t('overview.ambiguous', { measure: args.trim().slice(0, 40) }))];
  return show(ctx, matches[0]!);
}

/** The overview of one measure: the teams this person may see, their charts and the table. */
async function show(ctx: FlowContext, measure: Measure): Promise<Reply[]> {
  const teams = (await overviewTeams(ctx.store, ctx.memberships, measure)).slice(0, MAX_TEAMS);
  if (teams.length === 0) {
    if (!ctx.memberships.some((m) => OVERVIEW_ROLES.includes(m.role)))
      throw new DomainError('PERMISSION_DENIED', { reason: 'overviewRoles' });
    return [{ text: ctx.t('overview.noTeams', { code: measure.code }) }];
  }
  const collaborative = await ctx.store.collaboratives.get(measure.collaborativeId);
  if (!collaborative) throw new DomainError('UNKNOWN_COLLABORATIVE');
  const rows = await loadOverviewRows(ctx.store, measure, teams, {
    now: ctx.clock.now(),
    timeZone: ctx.person.timeZone || DEFAULT_TIME_ZONE,
    collaborative,
  });
  if (rows.length === 0) return [{ text: ctx.t('overview.noTeams', { code: measure.code }) }];
  const reach = new Map(
    await Promise.all(rows.map(async (r) => [r.team.id, await describeTeamReach(ctx.store, r.team.id)] as const)),
  );
  const progress = await Promise.all(
    rows.map(async (r) => ({
      title: r.label,
      value: progressLine(ctx, await ctx.store.progress.listForTeam(r.team.id)),
    })),
  );
  return [{ card: overviewCard(ctx, measure, rows, reach, progress) }];
}

function picker(ctx: FlowContext, measures: Measure[], text: string): Reply {
  const { t } = ctx;
  return measurePicker(ctx, {
    title: t('overview.pickTitle'),
    text,
    measures,
    verb: 'overview.show',
    submitTitle: t('overview.button.show'),
    selectLabel: t('overview.pickLabel'),
    selectError: t('admin.field.required'),
  });
}

const showSchema = z.object({ measureId: z.string().min(1).max(64) });

/** The tovholder's overview across teams (`oversigt OP24`); sponsors see their own teams only. */
export const overviewFlow: Flow = {
  name: 'overview',
  commands: [
    {
      words: ['oversigt', 'overview'],
      help: {
        usage: 'admin.cmd.overview',
        description: 'admin.cmd.overview.text',
        roles: ['tovholder', 'expert', 'sponsor', 'admin'],
      },
      handle: overview,
    },
  ],
  actions: {
    'overview.show': async (ctx, data) => {
      const { measureId } = parseData(showSchema, data);
      const measure = (await overviewMeasures(ctx)).find((m) => m.id === measureId);
      if (!measure) throw new DomainError('PERMISSION_DENIED', { reason: 'overviewRoles' });
      return show(ctx, measure);
    },
    'overview.pick': async (ctx) => [picker(ctx, await overviewMeasures(ctx), ctx.t('overview.pickText'))],
  },
};
