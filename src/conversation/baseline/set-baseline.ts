import { DomainError, localDate, periodLabel, type BaselineKind, type Measure, type Team } from '../../domain';
import { chartReply } from '../chart/chart-card';
import type { FlowContext } from '../flow';
import { resolveTeam } from '../team-scope';
import type { Reply } from '../turn';
import { checkedPeriod, teamMeasure } from './baseline-target';
import { parseBaselineArgs } from './parse-baseline-args';

const withYear = (ctx: FlowContext, key: string) => periodLabel(key, ctx.locale, Number.NaN);

/** `frys OP24 uge 12 2026` / `ny periode OP24 fra uge 29 2026 [fordi …]`: stores the event, answers with the chart. */
export async function setBaseline(ctx: FlowContext, kind: BaselineKind, args: string): Promise<Reply[]> {
  const example = ctx.t(kind === 'freeze' ? 'baseline.cmd.freeze' : 'baseline.cmd.part');
  const parsed = parseBaselineArgs(args, localDate(ctx.clock.now()), example);
  const team = await resolveTeam(ctx, 'baseline.write');
  const measure = await teamMeasure(ctx, team, parsed.subject.join(' '));
  const periodKey = await checkedPeriod(ctx, team, measure, kind, parsed.periodKey, parsed.periodText);
  return storeEvent(ctx, team, measure, kind, periodKey, parsed.why);
}

/** Stores a freeze or part (once per kind and period) and answers with a confirmation and the updated chart. */
export async function storeEvent(
  ctx: FlowContext,
  team: Team,
  measure: Measure,
  kind: BaselineKind,
  periodKey: string,
  why: string | null,
): Promise<Reply[]> {
  const params = { measure: measure.code, period: withYear(ctx, periodKey) };
  const active = await ctx.store.baselines.active(team.id, measure.id);
  if (active.some((e) => e.kind === kind && e.periodKey === periodKey))
    return [{ text: ctx.t('baseline.already', params) }, await chartReply(ctx, team, measure)];
  await ctx.store.baselines.add(
    { teamId: team.id, measureId: measure.id, kind, periodKey, why },
    { personId: ctx.person.id, at: ctx.clock.now() },
  );
  const text = ctx.t(kind === 'freeze' ? 'baseline.frozen' : 'baseline.parted', params);
  return [{ text }, await chartReply(ctx, team, measure)];
}

/** `fortryd periode [OP24]`: undoes the latest freeze or part of the measure (without one: of any of the team's measures). */
export async function undoBaseline(ctx: FlowContext, args: string): Promise<Reply[]> {
  const team = await resolveTeam(ctx, 'baseline.write');
  const query = args.trim();
  const measure = query ? await teamMeasure(ctx, team, query) : await latestChanged(ctx, team);
  const undone = await ctx.store.baselines.undoLatest(team.id, measure.id, {
    personId: ctx.person.id,
    at: ctx.clock.now(),
  });
  if (!undone) throw new DomainError('BASELINE_NOTHING_TO_UNDO', { measure: measure.code });
  const text = ctx.t(`baseline.undone.${undone.kind}`, {
    measure: measure.code,
    period: withYear(ctx, undone.periodKey),
  });
  return [{ text }, await chartReply(ctx, team, measure)];
}

/** The team's measure with the most recent active event; BASELINE_NOTHING_TO_UNDO when there is none. */
async function latestChanged(ctx: FlowContext, team: Team): Promise<Measure> {
  let latest: { measure: Measure; at: number } | null = null;
  for (const measure of await ctx.store.measures.listForTeam(team.id)) {
    const event = (await ctx.store.baselines.active(team.id, measure.id)).at(-1);
    if (event && (!latest || event.createdAt.getTime() >= latest.at))
      latest = { measure, at: event.createdAt.getTime() };
  }
  if (!latest) throw new DomainError('BASELINE_NOTHING_TO_UNDO', { measure: team.name });
  return latest.measure;
}
