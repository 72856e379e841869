// Storyboard speed: one team's one-page board (the demo team: two 100-week charts, five PDSA cycles, learning),
// loaded from SQLite, laid out as SVG and rasterised to PNG.
import { seedDemo } from '../../src/demo/seed-demo';
import { renderStoryboardPng } from '../../src/reporting/storyboard/render-storyboard';
import { loadStoryboard } from '../../src/reporting/storyboard/storyboard-data';
import { createStore } from '../../src/store/create-store';
import { medianMs, type Bench } from './bench';

const benches: Bench[] = [
  {
    group: 'storyboard',
    names: ['storyboard.png_team'],
    async run() {
      const clock = { now: () => new Date('2026-11-26T09:00:00Z') };
      const store = await createStore({ sqliteFile: ':memory:', clock });
      try {
        const seed = await seedDemo(store, clock);
        const [seminar] = await store.seminars.listByCollaborative(seed.collaborativeId);
        const team = (await store.teams.get(seed.teams.hvidovre))!;
        await store.storyboards.saveNote(
          {
            seminarId: seminar!.id,
            teamId: team.id,
            text: 'Tjeklisten virker, når den ligger fremme. Vi tester med én sygeplejerske ad gangen.',
          },
          { personId: null, at: clock.now() },
        );
        const render = async () =>
          renderStoryboardPng(await loadStoryboard(store, { seminar: seminar!, team, locale: 'da', now: clock.now() }));
        return [{ name: 'storyboard.png_team', value: await medianMs(render, 20, 3), unit: 'ms' }];
      } finally {
        await store.close();
      }
    },
  },
];

export default benches;
