import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { periodBounds, shiftPeriod, type MeasurementWrite } from '../../src/domain';
import { createChartService } from '../../src/reporting/chart-service';
import { createConversation, type Conversation } from '../../src/conversation/create-conversation';
import { renderOverviewForViewer } from '../../src/reporting/overview-image';
import type { Reply } from '../../src/conversation/turn';
import { createHttpServer } from '../../src/server/http-server';
import {
  buttonOf,
  conversationFixture,
  testChartLinks,
  textOf,
  type ConversationFixture,
  type PersonKey,
} from '../support/conversation-fixture';
import { cardProblems } from './admin-support';

let f: ConversationFixture;
let withImages: Conversation;
const say = (who: PersonKey, text: string): Promise<Reply[]> => withImages.handle(f.turn(who, { text }));

// Hvidovre: 19 weeks of OP24 up to last week (uge 47), 10 low then 9 high → a shift; Odense stopped after uge 40.
async function seed() {
  const rows: MeasurementWrite[] = [];
  for (let i = 0; i < 19; i++) {
    const periodKey = shiftPeriod('2026-W29', i);
    const numerator = i < 10 ? 14 + (i % 2) : 20 + (i % 2);
    rows.push({
      measureId: f.measures.op24.id,
      teamId: f.hvidovre.id,
      periodKey,
      periodStart: periodBounds(periodKey)!.start,
      value: numerator / 22,
      numerator,
      denominator: 22,
      note: null,
    });
    if (i < 12)
      rows.push({
        measureId: f.measures.op24.id,
        teamId: f.odense.id,
        periodKey,
        periodStart: periodBounds(periodKey)!.start,
        value: 19 / 20,
        numerator: 19,
        denominator: 20,
        note: null,
      });
  }
  await f.store.measurements.putMany(rows, { personId: null, at: f.clock.now() });
}

beforeEach(async () => {
  f = await conversationFixture();
  withImages = createConversation({
    store: f.store,
    clock: f.clock,
    logger: pino({ level: 'silent' }),
    charts: {
      ...testChartLinks,
      overviewUrl: (r) => `https://bot.example/charts/overview/${r.measureId}/${r.viewerId}.png?sig=test`,
    },
  });
  await seed();
});
afterEach(() => f.close());

const rowsOf = (reply: Reply | undefined) => (reply?.card?.data.rows ?? []) as Array<Record<string, string>>;

describe('oversigt: the overview across teams', () => {
  it('shows a tovholder every team: image, latest value, goal, signal and missing periods', async () => {
    const [reply] = await say('tove', 'oversigt OP24');
    expect(reply?.card?.template).toBe('overview');
    expect(cardProblems(reply)).toEqual([]);
    const text = textOf(reply);
    expect(text).toContain('Oversigt: OP24 – Operation inden for 24 timer');
    expect(text).toContain('2 teams · seriediagrammer på samme skala · måltal 90 %');
    expect(reply?.card?.data).toMatchObject({
      hasImage: true,
      image: { url: `https://bot.example/charts/overview/${f.measures.op24.id}/${f.people.tove.id}.png?sig=test` },
    });
    expect((reply?.card?.data.image as { alt: string } | undefined)?.alt).toContain(
      'Tegn på ikke-tilfældig variation hos: Hvidovre.',
    );
    expect(rowsOf(reply)).toEqual([
      expect.objectContaining({
        team: 'Hvidovre',
        latest: '20/22 (90,9 %), uge 47',
        goal: 'ja ❔',
        goalColor: 'Good',
        signal: '🔵 skift',
        signalColor: 'Good',
        missing: '0',
      }),
      expect.objectContaining({
        team: 'Odense',
        latest: '19/20 (95 %), uge 40',
        goal: 'ja ❔',
        signal: '⚪',
        missing: '7',
        missingColor: 'Warning',
      }),
    ]);
    expect(text).toContain(
      'Mangler: perioder uden data blandt de seneste 8 afsluttede uger, regnet fra målets start (eller teamets første værdi).',
    );
  });

  it('shows an expert every team and a regional tovholder their region only', async () => {
    // Short names: the words every shown team shares ("Team") are left out.
    expect(rowsOf((await say('erik', 'oversigt op24'))[0]).map((r) => r.team)).toEqual(['Hvidovre', 'Odense']);
    expect(rowsOf((await say('rikke', 'oversigt OP24'))[0]).map((r) => r.team)).toEqual(['Team Odense']);
    expect(rowsOf((await say('adam', 'overview OP24'))[0]).map((r) => r.team)).toEqual(['Hvidovre', 'Odense']);
  });

  it('shows a sponsor their own team only', async () => {
    const [reply] = await say('sofie', 'oversigt OP24');
    expect(rowsOf(reply).map((r) => r.team)).toEqual(['Team Hvidovre']);
    expect(JSON.stringify(reply)).not.toContain('Odense');
  });

  it("refuses members and leads, and another collaborative's measure", async () => {
    for (const who of ['anna', 'lars', 'aksel'] as const) {
      const [reply] = await say(who, 'oversigt OP24');
      expect(reply?.text).toBe(
        'Oversigten på tværs af teams er for tovholdere, eksperter og sponsorer. Brug "graf KODE" for dit eget team.',
      );
    }
    const [forged] = await withImages.handle(
      f.turn('sofie', {
        action: { verb: 'overview.show', data: { verb: 'overview.show', measureId: f.measures.apo.id } },
      }),
    );
    expect(forged?.text).toContain('Oversigten på tværs af teams er for');
    expect((await say('sofie', 'oversigt APO1'))[0]?.text).toBe('Jeg kender ikke målet "APO1".');
  });

  it('offers the measures when none or several match, in English too', async () => {
    const [pick] = await say('tove', 'oversigt');
    expect(pick?.card?.template).toBe('choice');
    expect(textOf(pick)).toContain('OP24 – Operation inden for 24 timer');
    const [shown] = await withImages.handle(
      f.turn('tove', { action: buttonOf(pick, 'overview.show', { inputs: { measureId: f.measures.op24.id } }) }),
    );
    expect(shown?.card?.template).toBe('overview');
    const [several] = await say('tove', 'oversigt mobili');
    expect(textOf(several)).toContain('"mobili" passer på flere mål. Vælg ét.');
    const [english] = await say('erik', 'overview OP24');
    expect(textOf(english)).toContain('Oversigt'); // Erik is Danish
    await f.store.persons.update(f.people.erik.id, { locale: 'en' }, { personId: null, at: f.clock.now() });
    expect(textOf((await say('erik', 'overview OP24'))[0])).toContain(
      '2 teams · run charts on the same scale · goal 90%',
    );
  });

  it('gives each of a few teams a "Vis graf" button that opens its chart', async () => {
    const [reply] = await say('tove', 'oversigt OP24');
    expect(reply?.card?.data).toMatchObject({ hasChartButtons: true, hasChartSelect: false });
    const hvidovre = buttonOf(reply, 'chart.show', { title: 'Vis graf: Hvidovre' });
    expect(hvidovre.data).toMatchObject({ teamId: f.hvidovre.id, measureId: f.measures.op24.id });
    buttonOf(reply, 'chart.show', { title: 'Vis graf: Odense' });
    const [chart] = await withImages.handle(f.turn('tove', { action: hvidovre }));
    expect(chart?.card?.template).toBe('run-chart');
    expect(textOf(chart)).toContain('Team Hvidovre · seriediagram');
  });

  it('offers a team drop-down beyond five teams; a team that has not reported a new measure misses nothing', async () => {
    const towns = ['Herlev', 'Holbæk', 'Hillerød', 'Horsens'];
    for (const town of towns)
      await f.store.teams.create(
        {
          collaborativeId: f.hvidovre.collaborativeId,
          name: `Team ${town}`,
          department: 'Ortopædi',
          region: 'hovedstaden',
        },
        { personId: null, at: f.clock.now() },
      );
    const [reply] = await say('tove', 'oversigt OP24');
    expect(cardProblems(reply)).toEqual([]);
    const data = reply!.card!.data as Record<string, unknown>;
    expect(data).toMatchObject({ hasChartButtons: false, hasChartSelect: true });
    const choices = (data.chartSelect as { choices: Array<{ title: string; value: string }> }).choices;
    expect(choices.map((c) => c.title)).toEqual(['Herlev', 'Hillerød', 'Holbæk', 'Horsens', 'Hvidovre', 'Odense']);
    // OP24 was created this week: the new teams' missing weeks start with it, so none are missing yet.
    expect(
      rowsOf(reply)
        .filter((r) => towns.includes(r.team!))
        .map((r) => r.missing),
    ).toEqual(['0', '0', '0', '0']);
    const odense = choices.find((c) => c.title === 'Odense')!.value;
    const [chart] = await withImages.handle(
      f.turn('tove', { action: buttonOf(reply, 'chart.show', { inputs: { teamId: odense } }) }),
    );
    expect(textOf(chart)).toContain('Team Odense · seriediagram');
  });

  it('shows the table without an image when the chart service gives no overview link', async () => {
    const [reply] = await f.say('tove', 'oversigt OP24');
    expect(reply?.card?.data).toMatchObject({ hasImage: false });
    expect(cardProblems(reply)).toEqual([]);
  });
});

describe('overview image', () => {
  const widthOf = (png: Buffer) => png.readUInt32BE(16);

  it('renders one panel per team the viewer may see, deciding again when the image is loaded', async () => {
    const now = f.clock.now();
    const all = await renderOverviewForViewer(
      f.store,
      { measureId: f.measures.op24.id, viewerId: f.people.tove.id, locale: 'da' },
      now,
    );
    const own = await renderOverviewForViewer(
      f.store,
      { measureId: f.measures.op24.id, viewerId: f.people.sofie.id, locale: 'da' },
      now,
    );
    expect(all!.subarray(1, 4).toString()).toBe('PNG');
    // Drawn at 2× of a 512 px layout: two panels side by side, or the sponsor's one panel alone, in 1024 px.
    const heightOf = (png: Buffer) => png.readUInt32BE(20);
    expect([widthOf(all!), widthOf(own!)]).toEqual([1024, 1024]);
    expect(heightOf(all!)).toBe(heightOf(own!));
    expect(
      await renderOverviewForViewer(
        f.store,
        { measureId: f.measures.op24.id, viewerId: f.people.anna.id, locale: 'da' },
        now,
      ),
    ).toBeNull();
  });

  it('is served at a signed URL by the chart service; a revoked sponsor gets 404 and a forged link 403', async () => {
    const charts = createChartService({
      store: f.store,
      secret: 'x'.repeat(32),
      publicUrl: 'http://127.0.0.1',
      clock: f.clock,
    });
    const server = createHttpServer([charts.httpRoute()], pino({ level: 'silent' }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const url = charts.overviewUrl!({
        measureId: f.measures.op24.id,
        viewerId: f.people.sofie.id,
        locale: 'da',
      }).replace('http://127.0.0.1', `http://127.0.0.1:${port}`);
      const ok = await fetch(url);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('image/png');
      expect((await fetch(url.replace(/s=[^&]+/, `s=${'A'.repeat(43)}`))).status).toBe(403);
      const sponsorship = (await f.store.memberships.listForPerson(f.people.sofie.id))[0]!;
      await f.store.memberships.revoke(sponsorship.id, { personId: null, at: f.clock.now() });
      expect((await fetch(url)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
