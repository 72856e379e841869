import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/server/http-server';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { fixtureScheduler } from './support/fixture-scheduler';
import { cardProblems } from './support/validate-card';

// Fixture time: Wednesday 25 November 2026, 11:00 in Copenhagen.
let f: ConversationFixture;
let closeServer: (() => Promise<void>) | null = null;
beforeEach(async () => {
  f = await conversationFixture();
});
afterEach(async () => {
  await closeServer?.();
  closeServer = null;
  await f.close();
});

const FORM = {
  title: 'Læringsseminar 3',
  date: '2026-12-17',
  time: '10:00',
  endTime: '15:30',
  location: 'Hotel Nyborg Strand',
  onlineUrl: 'https://teams.example/meet/abc',
  materialUrl: '',
  agenda: '10:00 Velkomst\n10:30 Teamenes erfaringer',
  offsets: '14, 2, 0',
};

async function createSeminar(inputs: Record<string, unknown> = {}) {
  const [form] = await f.say('tove', 'seminar ny');
  return f.press('tove', buttonOf(form, 'seminar.save', { inputs: { ...FORM, scope: f.hip.id, ...inputs } }));
}

/** The calendar link of the first seminar in a reply's card (the Markdown "[Føj til kalender](…)"). */
function calendarLink(text: string, title = 'Føj til kalender'): string {
  const m = new RegExp(`\\[${title}\\]\\(([^)]+)\\)`).exec(text);
  if (!m) throw new Error(`no "${title}" link in ${text}`);
  return m[1]!;
}

/** Serves the fixture's calendar route on a real HTTP server; returns a fetch for a public link. */
async function serveCalendar(): Promise<(link: string) => Promise<Response>> {
  const server = createHttpServer([f.calendar.httpRoute()], pino({ level: 'silent' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return (link) => fetch(link.replace('https://bot.example', base));
}

/** Parses an .ics text with ical.js: the calendar, its one event, and the event's time zone registered. */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vtimezone = cal.getFirstSubcomponent('vtimezone');
  expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
  ICAL.TimezoneService.register(vtimezone!);
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const local = (t: ICAL.Time) =>
    DateTime.fromJSDate(t.toJSDate(), { zone: 'Europe/Copenhagen' }).toFormat("yyyy-LL-dd'T'HH:mm");
  return { cal, vevent, event, local };
}

describe('seminar details and the calendar entry', () => {
  it('shows when, where, the programme, the meeting link and "Føj til kalender" on the seminar list', async () => {
    await createSeminar();
    const [list] = await f.say('anna', 'seminar');
    expect(cardProblems(list!.card!)).toEqual([]);
    const text = textOf(list);
    expect(text).toContain('torsdag 17. december 2026 kl. 10:00–15:30');
    expect(text).toContain('Hotel Nyborg Strand / Online');
    expect(text).toContain('10:30 Teamenes erfaringer');
    expect(text).toContain('[Åbn mødelink](https://teams.example/meet/abc)');
    expect(calendarLink(text)).toMatch(
      /^https:\/\/bot\.example\/calendar\/[A-Za-z0-9_-]+\.ics\?e=\d+&s=[A-Za-z0-9_-]{43}$/,
    );
    const [en] = await f.say('emma', 'seminar');
    expect(textOf(en)).toContain('Thursday 17 December 2026 at 10:00–15:30');
    expect(calendarLink(textOf(en), 'Add to calendar')).toContain('/calendar/');
  });

  it('serves an iCalendar file that a real parser reads back, updated by a change and by the cancellation', async () => {
    const get = await serveCalendar();
    await createSeminar();
    const [seminar] = await f.store.seminars.listByCollaborative(f.hip.id);
    const link = calendarLink(textOf((await f.say('anna', 'seminar'))[0]));
    const first = await get(link);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await first.text();
    expect(body).toContain('DTSTART;TZID=Europe/Copenhagen:20261217T100000');
    const ics = parseIcs(body);
    expect(ics.cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics.event.uid).toBe(`seminar-${seminar!.id}@bot.example`);
    expect(ics.event.sequence).toBe(0);
    expect(ics.event.summary).toBe('Læringsseminar 3');
    expect(ics.event.location).toBe('Hotel Nyborg Strand');
    expect(ics.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(ics.vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(ics.local(ics.event.startDate)).toBe('2026-12-17T10:00');
    expect(ics.local(ics.event.endDate)).toBe('2026-12-17T15:30');
    expect(ics.vevent.getFirstPropertyValue('url')).toBe('https://teams.example/meet/abc');
    expect(ics.event.description).toBe(
      'Program:\n10:00 Velkomst\n10:30 Teamenes erfaringer\n\nMødelink: https://teams.example/meet/abc',
    );
    expect(String(ics.vevent.getFirstPropertyValue('dtstamp'))).toMatch(/Z$/);

    // Moved an hour later: the same link now gives the same UID with a higher SEQUENCE.
    const [form] = await f.press('tove', { verb: 'seminar.form', data: { seminarId: seminar!.id } });
    await f.press('tove', buttonOf(form, 'seminar.save', { inputs: { time: '11:00', endTime: '16:00' } }));
    const moved = parseIcs(await (await get(link)).text());
    expect([
      moved.event.uid,
      moved.event.sequence,
      moved.local(moved.event.startDate),
      moved.local(moved.event.endDate),
    ]).toEqual([ics.event.uid, 1, '2026-12-17T11:00', '2026-12-17T16:00']);

    const [ask] = await f.press('tove', { verb: 'seminar.cancel', data: { seminarId: seminar!.id } });
    await f.press('tove', buttonOf(ask, 'seminar.cancelConfirm'));
    const cancelled = parseIcs(await (await get(link)).text());
    expect(cancelled.cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect([cancelled.event.uid, cancelled.event.sequence]).toEqual([ics.event.uid, 2]);
  });

  it('refuses a tampered or expired calendar link, and answers 404 for a seminar that does not exist', async () => {
    const get = await serveCalendar();
    await createSeminar();
    const link = calendarLink(textOf((await f.say('anna', 'seminar'))[0]));
    expect((await get(link.replace(/&s=(.)/, (_m, c: string) => `&s=${c === 'A' ? 'B' : 'A'}`))).status).toBe(403);
    expect((await get(link.replace('/calendar/', '/calendar/x'))).status).toBe(403);
    const missing = f.calendar.seminarUrl({ id: 'no-such-seminar', startsAt: new Date('2026-12-17T09:00:00Z') }, 'da');
    expect((await get(missing)).status).toBe(404);
    f.clock.set(new Date('2027-06-01T00:00:00Z')); // 90 days after the seminar the link has expired
    expect((await get(link)).status).toBe(403);
  });

  it('lets a tovholder attach material, shown on the list, in reminders and in the calendar entry', async () => {
    const { tick, platform } = fixtureScheduler(f);
    await f.say('anna', 'hjælp'); // anna has a chat with the bot, so she can be reminded
    await createSeminar();
    const [list] = await f.say('tove', 'seminar');
    const [form] = await f.press('tove', buttonOf(list, 'seminar.material'));
    expect(form?.card?.template).toBe('seminar-material');
    expect(cardProblems(form!.card!)).toEqual([]);
    const [bad, again] = await f.press(
      'tove',
      buttonOf(form, 'seminar.materialSave', { inputs: { materialUrl: 'slides.pdf' } }),
    );
    expect(bad?.text).toBe('Materialet skal være en webadresse, der starter med https://.');
    expect(again?.card?.template).toBe('seminar-material');
    expect((await f.store.seminars.listByCollaborative(f.hip.id))[0]!.materialUrl).toBeNull();
    const [saved] = await f.press(
      'tove',
      buttonOf(form, 'seminar.materialSave', { inputs: { materialUrl: 'https://example.dk/slides.pdf' } }),
    );
    expect(saved?.text).toBe(
      'Materialet til "Læringsseminar 3" er gemt. Det vises i seminarlisten, påmindelserne og kalenderen.',
    );
    expect(textOf((await f.say('anna', 'seminar'))[0])).toContain('[Materiale](https://example.dk/slides.pdf)');
    expect(
      (
        await f.press('anna', {
          verb: 'seminar.material',
          data: { seminarId: (await f.store.seminars.listByCollaborative(f.hip.id))[0]!.id },
        })
      )[0]?.text,
    ).toBe('Det kan kun samarbejdets tovholdere og administratorer.');

    await tick(); // plans the reminders: 14 days before is Thursday 3 December
    f.clock.set(DateTime.fromISO('2026-12-03T08:00', { zone: 'Europe/Copenhagen' }).toJSDate());
    await tick();
    const reminder = platform.deliveries.find((d) => d.message.card?.template === 'seminar-reminder');
    const text = String(reminder!.message.card!.data.linkText);
    expect(text).toContain('[Åbn mødelink](https://teams.example/meet/abc)');
    expect(text).toContain('[Materiale](https://example.dk/slides.pdf)');
    expect(calendarLink(text)).toContain('https://bot.example/calendar/');
    const ics = parseIcs((await f.calendar.ics((await f.store.seminars.listByCollaborative(f.hip.id))[0]!.id, 'da'))!);
    expect(ics.event.description).toContain('Materiale: https://example.dk/slides.pdf');
  });
});

describe('impossible seminar times', () => {
  it('refuses nights, weekends, public holidays and closed days with a clear message, and stores nothing', async () => {
    for (const [inputs, message] of [
      [
        { date: '2026-12-19' },
        'Seminaret kan ikke ligge i en weekend – 19. december 2026 er en lørdag. Vælg en hverdag.',
      ],
      [
        { date: '2027-05-06' },
        'Seminaret kan ikke ligge på en helligdag – 6. maj 2027 er Kristi Himmelfartsdag. Vælg en anden hverdag.',
      ],
      [
        { date: '2026-12-24' },
        '24. december 2026 er en lukkedag, hvor der ikke holdes seminarer. Vælg en anden hverdag.',
      ],
      [
        { time: '19:00', endTime: '21:00' },
        'Seminaret skal ligge mellem kl. 07:30 og kl. 18:00 – ikke om aftenen eller natten.',
      ],
      [{ time: '06:00', endTime: '09:00' }, 'Seminaret skal ligge mellem kl. 07:30 og kl. 18:00'],
      [{ time: '15:00', endTime: '19:00' }, 'Seminaret skal ligge mellem kl. 07:30 og kl. 18:00'],
      [{ time: '15:00', endTime: '14:00' }, 'Sluttidspunktet skal ligge efter starttidspunktet.'],
      [{ endTime: 'sent' }, 'Jeg forstod ikke sluttidspunktet. Skriv det som tt:mm, fx 15:30.'],
    ] as const) {
      const [problem, again] = await createSeminar(inputs);
      expect(problem?.text).toContain(message);
      expect(again?.card?.template).toBe('seminar-form');
      expect((again!.card!.data.values as Record<string, string>).title).toBe('Læringsseminar 3');
    }
    expect(await f.store.seminars.listByCollaborative(f.hip.id)).toEqual([]);
  });

  it('refuses an edit that moves a seminar to a weekend, in English for an English reader, and keeps the seminar', async () => {
    await createSeminar();
    const [seminar] = await f.store.seminars.listByCollaborative(f.hip.id);
    await f.say('tove', 'sprog en');
    const [form] = await f.press('tove', { verb: 'seminar.form', data: { seminarId: seminar!.id } });
    const [problem] = await f.press('tove', buttonOf(form, 'seminar.save', { inputs: { date: '2026-12-20' } }));
    expect(problem?.text).toBe(
      'A seminar cannot be on a weekend – 20 December 2026 is a Sunday. Choose a working day.',
    );
    const [holiday] = await f.press('tove', buttonOf(form, 'seminar.save', { inputs: { date: '2026-12-25' } }));
    expect(holiday?.text).toBe(
      'A seminar cannot be on a public holiday – 25 December 2026 is Christmas Day. Choose another working day.',
    );
    expect(await f.store.seminars.get(seminar!.id)).toEqual(seminar);
  });

  it('accepts a seminar that ends exactly when quiet hours begin', async () => {
    const [reply] = await createSeminar({ time: '08:00', endTime: '18:00' });
    expect(reply?.text).toContain('er gemt');
  });
});
