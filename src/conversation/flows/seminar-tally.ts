import { button } from '../../cards/button';
import { seminarTallyCard } from '../../cards/builders/seminar-cards';
import type { Seminar } from '../../domain';
import type { FlowContext } from '../flow';
import type { Reply } from '../turn';
import { teamsOfScope } from './coordinator-scopes';
import { formatSeminarWhen } from './seminar-when';

/** Who is invited to a seminar by name: the members and leads of the teams in its scope. */
async function invited(ctx: FlowContext, seminar: Seminar): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const team of await teamsOfScope(ctx, seminar)) {
    for (const m of await ctx.store.memberships.listForTeam(team.id)) {
      if (m.role !== 'member' && m.role !== 'lead') continue;
      const p = await ctx.store.persons.get(m.personId);
      if (p && !p.deletedAt) out.set(p.id, `${p.displayName} (${team.name})`);
    }
  }
  return out;
}

/** The RSVP tally: how many attend, do not attend and have not answered, and who has not answered. */
export async function seminarTally(ctx: FlowContext, seminar: Seminar): Promise<Reply> {
  const { t } = ctx;
  const people = await invited(ctx, seminar);
  const answers = await ctx.store.seminars.rsvps(seminar.id);
  const answered = new Set(answers.map((a) => a.personId));
  const name = async (id: string) => people.get(id) ?? (await ctx.store.persons.get(id))?.displayName ?? id;
  const attending = await Promise.all(answers.filter((a) => a.attending).map((a) => name(a.personId)));
  const notAttending = answers.filter((a) => !a.attending).length;
  const noAnswer = [...people]
    .filter(([id]) => !answered.has(id))
    .map(([, n]) => n)
    .sort();
  const card = seminarTallyCard({
    title: t('seminar.tally.title', { title: seminar.title }),
    when: formatSeminarWhen(seminar, ctx),
    facts: [
      { title: t('seminar.tally.attending'), value: String(attending.length) },
      { title: t('seminar.tally.notAttending'), value: String(notAttending) },
      { title: t('seminar.tally.noAnswer'), value: String(noAnswer.length) },
    ],
    attendingTitle: t('seminar.tally.attendingTitle'),
    attending: attending.sort(),
    noAnswerTitle: t('seminar.tally.noAnswerTitle'),
    noAnswer,
    buttons: [
      button(t('seminar.button.edit'), 'seminar.form', { seminarId: seminar.id }),
      button(t('seminar.button.list'), 'seminar.list'),
    ],
  });
  return { card };
}
