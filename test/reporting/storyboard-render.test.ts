import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSeed } from '../../src/demo/seed-demo';
import type { Store } from '../../src/domain';
import { renderStoryboardPng, storyboardPdf } from '../../src/reporting/storyboard/render-storyboard';
import { loadStoryboard } from '../../src/reporting/storyboard/storyboard-data';
import { pngPixels, pngSize } from '../channels/teams/png-pixels';
import { ManualClock } from '../support/clock';
import { freshStore } from '../support/stores';

// The demo collaborative: Team Hvidovre has two weekly measures with data, five PDSA cycles and a seminar ahead.
let store: Store;
let seed: DemoSeed;
const clock = new ManualClock('2026-11-26T09:00:00Z');
beforeEach(async () => {
  store = await freshStore('sqlite', { clock });
  seed = await seedDemo(store, clock);
});
afterEach(() => store.close());

async function hvidovreBoard() {
  const [seminar] = await store.seminars.listByCollaborative(seed.collaborativeId);
  const team = (await store.teams.get(seed.teams.hvidovre))!;
  return {
    seminar: seminar!,
    team,
    data: () => loadStoryboard(store, { seminar: seminar!, team, locale: 'da', now: clock.now() }),
  };
}

describe('storyboard', () => {
  it("gathers the team's charts with signals and PDSA markers, its cycles with their outcome, and the learning", async () => {
    const { seminar, team, data } = await hvidovreBoard();
    await store.storyboards.saveNote(
      { seminarId: seminar.id, teamId: team.id, text: 'Tjeklisten virker, når den ligger fremme.' },
      { personId: null, at: clock.now() },
    );
    const board = await data();
    expect(board.charts.map((c) => c.input.measureName)).toEqual([
      'Operation inden for 24 timer',
      'Ventetid til operation',
    ]);
    expect(board.charts.every((c) => typeof c.signal === 'boolean')).toBe(true);
    expect(board.charts.some((c) => c.signal)).toBe(true);
    // Markers are numbered like the cycle list beside the charts.
    const labels = board.charts.flatMap((c) => c.input.annotations?.map((a) => a.label) ?? []);
    expect(labels).toContain('PDSA 1');
    expect(board.cycles.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(board.cycles[0]!.cycle.act?.decision).toBe('adopt');
    expect(board.learning).toBe('Tjeklisten virker, når den ligger fremme.');
    expect(board.actionPlan).toMatchObject({ plans: 0, open: 0, overdue: [] });
  });

  it("shows the team's open and overdue action-plan steps as of the day the board is drawn", async () => {
    const { team, data } = await hvidovreBoard();
    const lars = await store.persons.create({ displayName: 'Lars Overlæge' }, { personId: null, at: clock.now() });
    await store.actionPlans.create(
      {
        teamId: team.id,
        title: 'Hurtigere operation',
        whatToChange: 'Operation inden 24 timer',
        planDate: '2026-11-02',
        steps: [
          { what: 'Ny vagtplan', ownerId: lars.id, due: '2026-11-20' },
          { what: 'Tjekliste', ownerName: 'Fysioterapeut', due: '2026-12-20' },
        ],
      },
      { personId: null, at: clock.now() },
    );
    const board = await data();
    expect(board.actionPlan).toMatchObject({ plans: 1, total: 2, open: 2 });
    expect(board.actionPlan.overdue).toEqual([
      expect.objectContaining({ planTitle: 'Hurtigere operation', what: 'Ny vagtplan', owner: 'Lars Overlæge' }),
    ]);
    expect(pngSize(renderStoryboardPng(board))).toEqual({ width: 1600, height: 1131 });
  });

  it('renders one A4-landscape page as PNG and as a one-page PDF holding it', async () => {
    const { data } = await hvidovreBoard();
    const png = renderStoryboardPng(await data());
    expect(pngSize(png)).toEqual({ width: 1600, height: 1131 });
    // Not blank: a good share of the page is drawn (charts, text).
    const { rgba } = pngPixels(png);
    let inked = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 200) inked++;
    expect(inked / (rgba.length / 4)).toBeGreaterThan(0.01);
    const pdf = await storyboardPdf(png, 'Storyboard: Hoftefraktur-teamet Hvidovre', clock.now());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Storyboard: Hoftefraktur-teamet Hvidovre');
    const [w, h] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
  });

  it('draws a board for a team without data, cycles or learning', async () => {
    const [seminar] = await store.seminars.listByCollaborative(seed.collaborativeId);
    const teams = await store.teams.listByCollaborative(seed.collaborativeId);
    const empty = await store.teams.create(
      { collaborativeId: seed.collaborativeId, name: 'Nyt team', department: 'Ortopædi', region: 'sjaelland' },
      { personId: null, at: clock.now() },
    );
    expect(teams.length).toBeGreaterThan(0);
    const board = await loadStoryboard(store, { seminar: seminar!, team: empty, locale: 'en', now: clock.now() });
    expect([board.charts, board.cycles, board.learning]).toEqual([[], [], null]);
    expect(pngSize(renderStoryboardPng(board))).toEqual({ width: 1600, height: 1131 });
  });
});
