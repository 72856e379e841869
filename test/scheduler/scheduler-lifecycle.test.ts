import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { reminderCause, type Store } from '../../src/domain';
import { loadConfig } from '../../src/config';
import { createCronTicker } from '../../src/scheduler/cron-ticker';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { ManualTicker, schedulerWorld, type World } from './support/scheduler-world';

let w: World;
afterEach(async () => w?.close());

describe('scheduler lifecycle', () => {
  it('refuses an invalid SCHEDULER_CRON by name', () => {
    expect(() => createCronTicker('every minute')).toThrow(/SCHEDULER_CRON/);
    const ticker = createCronTicker('* * * * *');
    ticker.start(() => undefined);
    ticker.stop();
  });

  it('ticks at start (catch-up) and on every tick of its ticker, and stops ticking when stopped', async () => {
    w = await schedulerWorld();
    await w.store.broadcasts.create({ collaborativeId: w.collaborative.id, region: null, text: 'x' }, w.actor());
    expect(w.ticker.started).toBe(false);
    w.scheduler.start();
    expect(w.ticker.started).toBe(true);
    await w.time.drive(w.scheduler.stop());
    expect(w.ticker.started).toBe(false);
    expect((await w.store.subscriptions.listActive()).length).toBe(1); // the start tick swept
  });

  it('returns a result with the failed sweep named instead of throwing, and still delivers due reminders', async () => {
    w = await schedulerWorld();
    const b = await w.store.broadcasts.create(
      { collaborativeId: w.collaborative.id, region: null, text: 'Hej' },
      w.actor(),
    );
    await w.store.reminders.schedule({
      kind: 'broadcast',
      dedupeKey: 'k1',
      causeKey: reminderCause.broadcast(b.id),
      recipient: { kind: 'person', personId: w.people.anne!.id },
      dueAt: w.time.now(),
      payload: { broadcastId: b.id },
    });
    // A store whose seminar listing fails (e.g. a broken table): injected, not mocked.
    const broken = new Proxy(w.store, {
      get(target, prop, receiver) {
        if (prop === 'collaboratives')
          return { ...target.collaboratives, list: () => Promise.reject(new Error('relation does not exist')) };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    }) as Store;
    const scheduler = createScheduler({
      store: broken,
      clock: w.time,
      notifiers: [w.platform],
      logger: pino({ level: 'silent' }),
      config: loadConfig({}),
      instanceId: 'broken',
      sleep: w.time.sleep,
      ticker: new ManualTicker(),
    });
    const result = await w.time.drive(scheduler.tick());
    // Both sweeps that walk the collaboratives' seminars fail; the others and the delivery go on.
    expect(result).toMatchObject({ delivered: 1, errors: ['seminars', 'storyboards'] });
  });

  it('runs one tick at a time: a tick asked for while one runs shares its result', async () => {
    w = await schedulerWorld();
    const [a, b] = await w.time.drive(Promise.all([w.scheduler.tick(), w.scheduler.tick()]));
    expect(a).toBe(b);
  });
});
