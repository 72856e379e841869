import { localDate, type PdsaCycle, type Team } from '../../domain';
import { button } from '../../cards/button';
import { pdsaListCard } from '../../cards/builders/pdsa-cards';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';
import { dueOf, readableDate } from './cycle-card';

/** Most cycles listed on one card (active first, then the most recently changed). */
const MAX_LISTED = 12;

/** The team's cycles with phase and due date, active ones first; a "new cycle" button for those who may write. */
export function listCard(ctx: FlowContext, team: Team, cycles: PdsaCycle[], canWrite: boolean): Reply {
  const { t } = ctx;
  const sorted = [...cycles].sort(
    (a, b) => Number(a.phase === 'done') - Number(b.phase === 'done') || b.updatedAt.getTime() - a.updatedAt.getTime(),
  );
  const items = sorted.slice(0, MAX_LISTED).map((cycle) => {
    const due = dueOf(ctx, cycle);
    const decision = cycle.act ? ` (${t(`pdsa.decision.${cycle.act.decision}`)})` : '';
    const dueText =
      cycle.phase === 'done'
        ? t('pdsa.list.finishedOn', { date: readableDate(ctx, localDate(cycle.updatedAt, ctx.person.timeZone)) })
        : due
          ? t(due.overdue ? 'pdsa.list.overdue' : 'pdsa.list.due', { date: due.date })
          : t('pdsa.list.noDue');
    return {
      title: cycle.title,
      phaseText: `${t('pdsa.list.phase')}: ${t(`pdsa.phase.${cycle.phase}`)}${decision}`,
      dueText,
      dueColor: due?.overdue ? ('Attention' as const) : ('Default' as const),
      open: button(t('pdsa.button.open'), 'pdsa.open', { cycleId: cycle.id }),
    };
  });
  const active = cycles.filter((c) => c.phase !== 'done').length;
  return {
    card: pdsaListCard({
      title: t('pdsa.list.title', { team: team.name }),
      text: cycles.length ? t('pdsa.list.text', { active, total: cycles.length }) : t('pdsa.list.empty'),
      items,
      buttons: canWrite ? [button(t('pdsa.button.new'), 'pdsa.new', { teamId: team.id }, 'positive')] : [],
    }),
  };
}
