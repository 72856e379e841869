import cron from 'node-cron';

/** Calls `onTick` on a schedule; the scheduler's only source of wall-clock timing. */
export interface Ticker {
  start(onTick: () => void): void;
  stop(): void;
}

/** A node-cron ticker (the only node-cron import): ticks on `expression`, never overlapping itself. */
export function createCronTicker(expression: string): Ticker {
  if (!cron.validate(expression)) throw new RangeError(`SCHEDULER_CRON: invalid cron expression "${expression}"`);
  let task: ReturnType<typeof cron.createTask> | null = null;
  return {
    start(onTick) {
      if (task) return;
      task = cron.createTask(expression, () => onTick(), { name: 'forbedringsbot-reminders', noOverlap: true });
      void task.start();
    },
    stop() {
      if (!task) return;
      void task.destroy();
      task = null;
    },
  };
}
