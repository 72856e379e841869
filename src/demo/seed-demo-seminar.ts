import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, type Actor, type Repos } from '../domain';
import { DEMO_IDS } from './demo-content';

/** The next learning seminar of the demo LKT: a Thursday about three weeks ahead, outside the Christmas weeks. */
export function demoSeminarStart(now: Date): Date {
  let day = DateTime.fromJSDate(now, { zone: DEFAULT_TIME_ZONE })
    .plus({ weeks: 3 })
    .set({ weekday: 4, hour: 9, minute: 30, second: 0, millisecond: 0 });
  const christmas = (d: DateTime) => (d.month === 12 && d.day >= 19) || (d.month === 1 && d.day <= 6);
  while (christmas(day)) day = day.plus({ weeks: 1 });
  return day.toJSDate();
}

/** Seeds one upcoming learning seminar for the whole collaborative, with answers from two team leads. */
export async function seedDemoSeminar(tx: Repos, now: Date): Promise<void> {
  const tovholder: Actor = { personId: DEMO_IDS.persons.tovholder, at: now };
  const seminar = await tx.seminars.create(
    {
      collaborativeId: DEMO_IDS.collaborative,
      title: 'Læringsseminar 4: Fra data til handling',
      startsAt: demoSeminarStart(now),
      location: 'Odense Congress Center, lokale 3',
      agenda:
        '09:30 Velkomst og status fra tovholderne\n10:00 Teamene fortæller: hvad har virket, og hvad har ikke?\n' +
        '11:30 Seriediagrammer i praksis: skift, serier og krydsninger\n13:00 Næste PDSA-cyklusser og handleplaner\n15:00 Tak for i dag',
      reminderDaysBefore: [14, 2, 0],
    },
    tovholder,
  );
  await tx.seminars.rsvp(seminar.id, DEMO_IDS.persons.lead, true, now);
  await tx.seminars.rsvp(seminar.id, DEMO_IDS.persons.leadOdense, true, now);
}
