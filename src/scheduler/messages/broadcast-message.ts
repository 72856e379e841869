import { button } from '../../cards/button';
import { broadcastMessageCard, broadcastReportCard } from '../../cards/builders/broadcast-cards';
import {
  isReminderOf,
  isUnreachableFailure,
  reminderCause,
  type Broadcast,
  type Reminder,
  type ReminderOf,
} from '../../domain';
import { drop, type MessageBuilder, type MessageContext, type Prepared } from './message-context';

/** How often the delivery report looks again while deliveries are still queued. */
const REPORT_POLL_MS = 30_000;

/** A tovholder's broadcast as delivered to one conversation; or, for the report row, the delivery report. */
export const broadcastMessage: MessageBuilder<'broadcast'> = async (r, ctx) => {
  const broadcast = await ctx.store.broadcasts.get(r.payload.broadcastId);
  if (!broadcast) return drop('broadcast not found');
  if (r.payload.report) return report({ ...r, payload: r.payload }, broadcast, ctx);
  const sender = broadcast.createdBy ? await ctx.store.persons.get(broadcast.createdBy) : null;
  const name = sender && !sender.deletedAt ? sender.displayName : 'Forbedringsbot';
  const teamId = r.payload.teamId;
  const card = broadcastMessageCard({
    title: ctx.t('broadcast.message.title', { sender: name }),
    text: broadcast.text,
    buttons: [button(ctx.t('reminder.button.status'), 'status.show', teamId ? { teamId } : {})],
  });
  return { message: { text: ctx.t('broadcast.message.text', { sender: name, text: broadcast.text }), card } };
};

async function report(
  r: ReminderOf<'broadcast'> & { payload: { report: true } },
  broadcast: Broadcast,
  ctx: MessageContext,
): Promise<Prepared> {
  const rows = await ctx.store.reminders.listByCause(reminderCause.broadcast(broadcast.id));
  const open = rows.filter((x) => x.status === 'pending' || x.status === 'sending');
  const deadline = r.payload.deadline ? new Date(r.payload.deadline) : r.dueAt;
  if (open.length > 0 && ctx.now < deadline)
    return { retryAt: new Date(ctx.now.getTime() + REPORT_POLL_MS), reason: 'deliveries still queued' };
  const { t } = ctx;
  const target = (x: Reminder) =>
    (isReminderOf(x, 'broadcast') && !x.payload.report ? x.payload.target : undefined) ?? x.id;
  const failedRows = rows.filter((x) => x.status === 'failed' || x.status === 'dropped');
  const unreachableRows = failedRows.filter((x) => isUnreachableFailure(x.lastError));
  const failed = failedRows
    .filter((x) => !unreachableRows.includes(x))
    .map((x) => ({ target: target(x), reason: x.lastError ?? '' }));
  const unreachable = [...(r.payload.unreachable ?? []), ...unreachableRows.map(target)];
  const sent = rows.filter((x) => x.status === 'delivered').length;
  await ctx.store.broadcasts.markSent(broadcast.id, ctx.now, { sent, failed, unreachable });
  const text = t('broadcast.report.text', { sent, failed: failed.length, unreachable: unreachable.length });
  const card = broadcastReportCard({
    title: t('broadcast.report.title'),
    excerpt: broadcast.text.length > 140 ? `${broadcast.text.slice(0, 140)}…` : broadcast.text,
    facts: [
      { title: t('broadcast.report.sent'), value: String(sent) },
      { title: t('broadcast.report.failed'), value: String(failed.length) },
      { title: t('broadcast.report.unreachable'), value: String(unreachable.length) },
      ...(open.length ? [{ title: t('broadcast.report.stillSending', { count: open.length }), value: '' }] : []),
    ],
    failedTitle: t('broadcast.report.failedTitle'),
    failed: failed.map((f) => ({ title: f.target, value: f.reason })),
    unreachableTitle: t('broadcast.report.unreachableTitle'),
    unreachable,
    buttons: [button(t('broadcast.button.new'), 'broadcast.compose')],
    summary: text,
  });
  return { message: { text, card } };
}
