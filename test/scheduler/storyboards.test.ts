import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { PDFDocument } from 'pdf-lib';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderCause } from '../../src/domain';
import { createHttpServer } from '../../src/server/http-server';
import { pngSize } from '../channels/teams/png-pixels';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { fixtureScheduler } from './support/fixture-scheduler';
import { cardProblems } from './support/validate-card';

// Fixture time: Wednesday 25 November 2026, 11:00 in Copenhagen. The seminar is Thursday 17 December.
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
const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Copenhagen' }).toJSDate();

async function createSeminar() {
  const [form] = await f.say('tove', 'seminar ny');
  const inputs = {
    title: 'Læringsseminar 3',
    date: '2026-12-17',
    time: '10:00',
    endTime: '15:00',
    location: 'Nyborg',
    onlineUrl: '',
    materialUrl: '',
    agenda: '',
    offsets: '2',
    scope: f.hip.id,
  };
  await f.press('tove', buttonOf(form, 'seminar.save', { inputs }));
  return (await f.store.seminars.listByCollaborative(f.hip.id))[0]!;
}

async function serveStoryboards(): Promise<(link: string) => Promise<Response>> {
  const server = createHttpServer([f.storyboards.httpRoute()], pino({ level: 'silent' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return (link) => fetch(link.replace('https://bot.example', base));
}

const linksIn = (text: string) =>
  Object.fromEntries([...text.matchAll(/\[(PNG|PDF)\]\(([^)]+)\)/g)].map((m) => [m[1]!, m[2]!]));

describe('seminar storyboards', () => {
  it("asks the team lead a week before, and gives the tovholder every team's board as PNG and PDF the day before", async () => {
    const { tick, platform } = fixtureScheduler(f);
    await f.say('lars', 'hjælp');
    await f.say('tove', 'hjælp'); // both have a chat with the bot
    const seminar = await createSeminar();
    await tick();
    const planned = (await f.store.reminders.listByCause(reminderCause.storyboard(seminar.id))).map((r) => [
      r.kind,
      r.dueAt.toISOString(),
    ]);
    expect(planned).toEqual(
      expect.arrayContaining([
        ['storyboard_request', at('2026-12-10T08:00').toISOString()],
        ['storyboard_collection', at('2026-12-16T08:00').toISOString()],
      ]),
    );

    f.clock.set(at('2026-12-10T08:00'));
    await tick();
    const ask = platform.deliveries.find((d) => d.message.card?.template === 'storyboard-learning');
    expect(ask?.message.card?.data.text).toContain('Team Hvidovre');
    expect(cardProblems(ask!.message.card!)).toEqual([]);
    const submit = (ask!.message.card!.data.buttons as Array<{ data: Record<string, unknown> }>)[0]!.data;
    const [saved] = await f.press('lars', {
      verb: 'storyboard.learning',
      data: { ...submit, learning: 'Tjeklisten virker, når den ligger fremme.' },
    });
    expect(saved?.text).toBe('Tak – læringen er gemt på storyboardet for Team Hvidovre.');

    f.clock.set(at('2026-12-16T08:00'));
    await tick();
    const collection = platform.deliveries.filter((d) => d.message.card?.template === 'storyboard-collection');
    expect(collection).toHaveLength(1); // tove; rikke has no chat with the bot
    const card = collection[0]!.message.card!;
    expect(cardProblems(card)).toEqual([]);
    const boards = card.data.boards as Array<{
      team: string;
      learningStatus: string;
      linkText: string;
      imageUrl: string;
    }>;
    expect(boards.map((b) => [b.team, b.learningStatus])).toEqual([
      ['Team Hvidovre', 'Teamlederen har skrevet læring.'],
      ['Team Odense', 'Teamlederen har ikke skrevet læring endnu.'],
    ]);

    const get = await serveStoryboards();
    const links = linksIn(boards[0]!.linkText);
    const png = await get(links.PNG!);
    expect([png.status, png.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(pngSize(Buffer.from(await png.arrayBuffer()))).toEqual({ width: 1600, height: 1131 });
    const pdf = await get(links.PDF!);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect((await PDFDocument.load(Buffer.from(await pdf.arrayBuffer()))).getPageCount()).toBe(1);
    expect((await get(links.PDF!.replace(/&s=(.)/, (_m, c: string) => `&s=${c === 'A' ? 'B' : 'A'}`))).status).toBe(
      403,
    );
  });

  it('shows the tovholder all boards with "storyboards", and refuses it to others', async () => {
    await createSeminar();
    const [reply] = await f.say('tove', 'storyboards');
    expect(reply?.card?.template).toBe('storyboard-collection');
    expect(textOf(reply)).toContain('Storyboards til "Læringsseminar 3"');
    expect(textOf(reply)).toContain('Team Odense');
    expect((await f.say('anna', 'storyboards'))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
  });

  it('lets only the team lead write learning, refuses a CPR number and empty text, and stores nothing then', async () => {
    const seminar = await createSeminar();
    const [form] = await f.say('lars', 'læring');
    expect(form?.card?.template).toBe('storyboard-learning');
    const [empty, again] = await f.press('lars', buttonOf(form, 'storyboard.learning', { inputs: { learning: ' ' } }));
    expect(empty?.text).toBe('Skriv nogle få linjer om, hvad teamet har lært.');
    expect(again?.card?.template).toBe('storyboard-learning');
    const [cpr] = await f.press(
      'lars',
      buttonOf(form, 'storyboard.learning', { inputs: { learning: 'Patient 010190-1234 faldt' } }),
    );
    expect(cpr?.text).toContain('CPR');
    expect((await f.say('anna', 'læring'))[0]?.text).toBe('Det kan kun teamlederen.');
    const forged = {
      verb: 'storyboard.learning',
      data: { seminarId: seminar.id, teamId: f.hvidovre.id, learning: 'Fra Anna' },
    };
    expect((await f.press('anna', forged))[0]?.text).toBe('Det kan kun teamlederen.');
    expect(await f.store.storyboards.notes(seminar.id)).toEqual([]);
    await f.press('lars', buttonOf(form, 'storyboard.learning', { inputs: { learning: 'Vi tester i små skridt.' } }));
    expect((await f.store.storyboards.notes(seminar.id)).map((n) => [n.teamId, n.text, n.authorId])).toEqual([
      [f.hvidovre.id, 'Vi tester i små skridt.', f.people.lars.id],
    ]);
  });
});
