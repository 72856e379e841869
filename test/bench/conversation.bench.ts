// Cost of the conversation core itself (no HTTP, no channel): a quick-text measurement turn on SQLite and
// PostgreSQL, and filling the run-chart card template.
import { renderAdaptiveCard } from '../../src/cards/render-adaptive-card';
import { cardSamples } from '../cards/card-samples';
import { shiftPeriod } from '../../src/domain';
import { conversationFixture } from '../support/conversation-fixture';
import { medianMs, quantile, round, type Bench, type Figure } from './bench';

const TURNS = 300;
const WARMUP = 30;

async function turnFigures(dialect: 'sqlite' | 'postgres'): Promise<Figure[]> {
  const f = await conversationFixture({ dialect });
  try {
    const codes = ['vent', 'tilf', 'mobd'];
    const durations: number[] = [];
    for (let i = 0; i < TURNS + WARMUP; i++) {
      // A new (measure, week) each turn, so every turn stores (no replace confirmation).
      const week = shiftPeriod('2025-W24', Math.floor(i / codes.length));
      const t0 = performance.now();
      await f.say('anna', `måling ${codes[i % codes.length]} ${40 + (i % 9)} ${week}`);
      if (i >= WARMUP) durations.push(performance.now() - t0);
    }
    return [
      { name: `conversation.turn.${dialect}.p50`, value: round(quantile(durations, 0.5)), unit: 'ms' },
      { name: `conversation.turn.${dialect}.p99`, value: round(quantile(durations, 0.99)), unit: 'ms' },
    ];
  } finally {
    await f.close();
  }
}

const benches: Bench[] = [
  {
    group: 'conversation.turn',
    names: [
      'conversation.turn.sqlite.p50',
      'conversation.turn.sqlite.p99',
      'conversation.turn.postgres.p50',
      'conversation.turn.postgres.p99',
    ],
    run: async ({ prefix }) => [
      ...('conversation.turn.sqlite'.startsWith(prefix) || prefix.startsWith('conversation.turn.sqlite')
        ? await turnFigures('sqlite')
        : []),
      ...('conversation.turn.postgres'.startsWith(prefix) || prefix.startsWith('conversation.turn.postgres')
        ? await turnFigures('postgres')
        : []),
    ],
  },
  {
    group: 'conversation.card_render',
    names: ['conversation.card_render.run_chart'],
    run: async () => {
      const sample = cardSamples('da').find((s) => s.template === 'run-chart')!;
      return [
        {
          name: 'conversation.card_render.run_chart',
          value: await medianMs(() => renderAdaptiveCard(sample.model), 500, 50),
          unit: 'ms',
        },
      ];
    },
  },
];

export default benches;
