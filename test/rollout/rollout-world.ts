// A collaborative set up from a YAML file with people listed by email, none of whom ever wrote to the bot;
// shared by the Teams and Slack rollout tests.
import pino from 'pino';
import { applySetup } from '../../src/cli/setup/apply-setup';
import { parseSetupFile } from '../../src/cli/setup/parse-setup-file';
import { loadConfig } from '../../src/config';
import type { Notifier, Person, Store } from '../../src/domain';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import type { ManualClock } from '../support/clock';
import { ManualTicker } from '../scheduler/support/scheduler-world';
import { testChartLinks } from '../support/conversation-fixture';

/** Monday 23 November 2026, 07:00 in Copenhagen: week 47 just closed, the seminar is on Wednesday. */
export const ROLLOUT_START = '2026-11-23T06:00:00Z';

export const ROLLOUT_YAML = `
collaborative:
  name: LKT Hoftenære frakturer
  clinicalArea: Hoftenære frakturer
  startDate: 2026-02-02
teams:
  - name: Hvidovre
    department: Ortopædkirurgisk Afdeling
    region: Hovedstaden
measures:
  - { code: OP24, name: Opereret inden for 24 timer, type: process, unitKind: proportion, unit: "%", direction: higher, goal: 85, period: week, scope: mandatory }
people:
  - { email: mette.kjaer@regionh.example, name: Mette Kjær, roles: [tovholder] }
  - { email: sofie.lund@regionh.example, name: Sofie Lund, roles: [{ role: lead, team: Hvidovre }] }
  - { email: jens.berg@regionh.example, name: Jens Berg, roles: [{ role: member, team: Hvidovre }] }
  - { email: ole.dahl@regionh.example, name: Ole Dahl, roles: [{ role: member, team: Hvidovre }] }
  - { email: anders.holm@regionh.example, name: Anders Holm, roles: [{ role: sponsor, team: Hvidovre }] }
  - { email: nina.vang@regionh.example, name: Nina Vang, roles: [{ role: member, team: Hvidovre }] }
seminars:
  - title: Andet læringsseminar
    startsAt: 2026-11-25 09:30
    location: Hotel Nyborg Strand
    reminderDaysBefore: [2]
`;

/** Listed people by first name (lower case). */
export type Listed = Record<'mette' | 'sofie' | 'jens' | 'ole' | 'anders' | 'nina', Person>;

/** When the tovholder ran `forbedringsbot setup` (the week before the rollout, so week 47 is the team's). */
export const SETUP_AT = '2026-11-13T09:00:00Z';

/** Applies the YAML as `forbedringsbot setup` does at SETUP_AT, moves the clock to ROLLOUT_START, returns the people. */
export async function setUpFromYaml(store: Store, clock: ManualClock): Promise<Listed> {
  const parsed = parseSetupFile(ROLLOUT_YAML);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  clock.set(SETUP_AT);
  await applySetup(store, parsed.file, parsed.lineOf, { now: clock.now() });
  clock.set(ROLLOUT_START);
  const out: Partial<Listed> = {};
  for (const p of await store.persons.list()) out[p.displayName.split(' ')[0]!.toLowerCase() as keyof Listed] = p;
  return out as Listed;
}

/** A scheduler over the channel's notifier; its sleep moves the manual clock. */
export function rolloutScheduler(store: Store, clock: ManualClock, notifier: Notifier) {
  const scheduler = createScheduler({
    store,
    clock,
    notifiers: [notifier],
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    config: loadConfig({}),
    instanceId: 'rollout-test',
    sleep: async (ms) => clock.advance(ms),
    ticker: new ManualTicker(),
    charts: testChartLinks,
  });
  return {
    scheduler,
    /** Ticks every `stepMin` minutes for `hours` hours. */
    async runFor(hours: number, stepMin = 30) {
      const end = clock.now().getTime() + hours * 3600_000;
      while (clock.now().getTime() < end) {
        await scheduler.tick();
        clock.advance(stepMin * 60_000);
      }
    },
  };
}

/** The broadcast text the tovholder sends. */
export const BROADCAST_TEXT = 'Velkommen til samarbejdet om hoftenære frakturer';
