import pino from 'pino';
import { loadConfig } from '../../../src/config';
import { createScheduler } from '../../../src/scheduler/create-scheduler';
import { testChartLinks, type ConversationFixture } from '../../support/conversation-fixture';
import { FakePlatform } from './fake-platform';
import { ManualTicker } from './scheduler-world';

/**
 * A scheduler on a conversation fixture's store and clock, sending through a recording fake platform. Its
 * sleep moves the fixture's manual clock (the limiter is the only sleeper), so nothing waits on wall time.
 */
export function fixtureScheduler(f: ConversationFixture) {
  const platform = new FakePlatform(f.clock);
  const scheduler = createScheduler({
    store: f.store,
    clock: f.clock,
    notifiers: [platform],
    logger: pino({ level: 'silent' }),
    config: loadConfig({}),
    instanceId: 'fixture',
    sleep: async (ms) => f.clock.advance(ms),
    ticker: new ManualTicker(),
    charts: testChartLinks,
    calendar: f.calendar,
    storyboards: f.storyboards,
  });
  return { platform, scheduler, tick: () => scheduler.tick() };
}
