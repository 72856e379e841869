import { describe, expect, it } from 'vitest';
import { actionWith, da, expectWellFormed, linksOf, textOf, type ContractEnv } from './contract-env';

/** A signed calendar link. */
const CALENDAR_LINK = /^https?:\/\/[^\s]+\/calendar\/[A-Za-z0-9_-]+\.ics\?e=\d+&s=[A-Za-z0-9_-]{43}$/;

const FORM = {
  title: 'Læringsseminar 5',
  date: '2027-01-14',
  time: '09:30',
  endTime: '15:00',
  location: 'Comwell Kolding',
  onlineUrl: 'https://teams.example/meet/lkt5',
  materialUrl: '',
  agenda: 'Teamenes storyboards',
  offsets: '14, 2, 0',
};

/** Learning seminars: details and calendar link wherever the seminar is, RSVP, and impossible times refused. */
export function seminarContract(env: () => ContractEnv): void {
  describe('learning seminars', () => {
    it('shows the seminar with its place, programme and "Føj til kalender", and takes an RSVP', async () => {
      const { driver, persons, store, seed } = env();
      const replies = await driver.say(persons.clinician, 'seminar');
      expectWellFormed(replies);
      const text = textOf(replies);
      expect(text).toContain('Læringsseminar 4: Fra data til handling');
      expect(text).toContain('Odense Congress Center, lokale 3');
      expect(text).toContain('Seriediagrammer i praksis');
      const calendar = linksOf(replies).find((l) => l.title === da('seminar.detail.addToCalendar'));
      expect(calendar?.url).toMatch(CALENDAR_LINK);
      const answer = await driver.press(
        persons.clinician,
        actionWith(replies, 'seminar.rsvp', (d) => d.attending === true).data,
      );
      expect(textOf(answer)).toContain('Tak – du er noteret som deltager');
      const [seminar] = await store.seminars.listByCollaborative(seed.collaborativeId);
      expect(
        (await store.seminars.rsvps(seminar!.id)).some((r) => r.personId === persons.clinician && r.attending),
      ).toBe(true);
    });

    it('refuses a seminar on a weekend with a clear message, and saves it on a working day', async () => {
      const { driver, persons, store, seed } = env();
      const form = await driver.say(persons.tovholder, 'seminar ny');
      expect(form.flatMap((r) => r.inputs ?? [])).toEqual(
        expect.arrayContaining(['title', 'date', 'time', 'endTime', 'materialUrl']),
      );
      const save = actionWith(form, 'seminar.save').data;
      const before = (await store.seminars.listByCollaborative(seed.collaborativeId)).length;
      const refused = await driver.press(persons.tovholder, {
        ...save,
        ...FORM,
        scope: seed.collaborativeId,
        date: '2027-01-16',
      });
      expect(textOf(refused)).toContain(da('seminar.time.weekend', { date: '16. januar 2027', weekday: 'lørdag' }));
      expect(await store.seminars.listByCollaborative(seed.collaborativeId)).toHaveLength(before);
      const again = actionWith(refused, 'seminar.save').data;
      const saved = await driver.press(persons.tovholder, { ...again, ...FORM, scope: seed.collaborativeId });
      expect(textOf(saved)).toContain('Læringsseminaret "Læringsseminar 5" er gemt');
      const created = (await store.seminars.listByCollaborative(seed.collaborativeId)).find(
        (s) => s.title === FORM.title,
      );
      expect(created).toMatchObject({ location: 'Comwell Kolding', onlineUrl: FORM.onlineUrl, agenda: FORM.agenda });
    });
  });
}
