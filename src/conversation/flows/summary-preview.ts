import type { SponsorSubscription } from '../../domain';
import { buildSponsorSummary } from '../../reporting/build-sponsor-summary';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';

/** Words of `opsummering vis`: the weekly summary now, as it would arrive. */
export const PREVIEW = ['vis', 'show', 'nu', 'now'];

/** The sponsor's weekly summary of each of their teams, built now (the same builder the Monday delivery uses). */
export async function summaryPreview(ctx: FlowContext, subs: SponsorSubscription[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (const s of subs) {
    const message = await buildSponsorSummary({
      store: ctx.store,
      teamId: s.teamId,
      now: ctx.clock.now(),
      locale: ctx.locale,
      t: ctx.t,
      zone: ctx.person.timeZone,
      charts: ctx.charts,
      weekday: s.weekday,
      time: s.time,
    });
    if (message?.card) replies.push({ text: message.text, card: { summary: message.text, ...message.card } });
  }
  return replies.length ? replies : [{ text: ctx.t('summary.notSponsor') }];
}
