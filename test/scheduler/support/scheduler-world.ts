import pino from 'pino';
import type { Actor, Collaborative, ConversationRef, Person, Role, Store, Team } from '../../../src/domain';
import { loadConfig } from '../../../src/config';
import { createScheduler, type SchedulerOptions } from '../../../src/scheduler/create-scheduler';
import type { Ticker } from '../../../src/scheduler/cron-ticker';
import { freshStore, type Dialect } from '../../support/stores';
import { FakePlatform, type FakeLimits } from './fake-platform';
import { SimulatedTime } from './simulated-time';

/** A ticker tests fire by hand. */
export class ManualTicker implements Ticker {
  private onTick: (() => void) | null = null;
  start(onTick: () => void): void {
    this.onTick = onTick;
  }
  stop(): void {
    this.onTick = null;
  }
  get started(): boolean {
    return this.onTick !== null;
  }
  fire(): void {
    this.onTick?.();
  }
}

/**
 * A small collaborative for scheduler tests: team A (Syddanmark) reached personally, team B (Hovedstaden) with a
 * linked channel; anne (member A), bo (lead A), sara (sponsor A), tove (tovholder), carl (member B), and
 * nina (member A, no conversation with the bot).
 */
export async function schedulerWorld(
  options: { dialect?: Dialect; start?: string; limits?: FakeLimits; scheduler?: Partial<SchedulerOptions> } = {},
) {
  const time = new SimulatedTime(options.start ?? '2026-11-03T09:00:00Z');
  const store = await freshStore(options.dialect ?? 'sqlite', { clock: time });
  const actor = (): Actor => ({ personId: null, at: time.now() });
  const collaborative: Collaborative = await store.collaboratives.create(
    { name: 'Hoftenære frakturer', clinicalArea: 'Ortopædi', startDate: '2026-01-05', endDate: '2027-12-31' },
    actor(),
  );
  const teamA: Team = await store.teams.create(
    { collaborativeId: collaborative.id, name: 'Ortopædkirurgi OUH', department: 'Afd. O', region: 'syddanmark' },
    actor(),
  );
  const teamB: Team = await store.teams.create(
    { collaborativeId: collaborative.id, name: 'Ortopædi Hvidovre', department: 'Afd. H', region: 'hovedstaden' },
    actor(),
  );
  const people: Record<string, Person> = {};
  const refs: Record<string, ConversationRef> = {};
  const grants: Array<[string, Role, Team | null, string]> = [
    ['anne', 'member', teamA, 'da'],
    ['bo', 'lead', teamA, 'da'],
    ['sara', 'sponsor', teamA, 'en'],
    ['tove', 'tovholder', null, 'da'],
    ['carl', 'member', teamB, 'da'],
    ['nina', 'member', teamA, 'da'],
  ];
  for (const [name, role, team, locale] of grants) {
    const p = await store.persons.create(
      {
        displayName: name[0]!.toUpperCase() + name.slice(1),
        locale: locale as 'da' | 'en',
        identities: [{ platform: 'local', tenantId: 'local', userId: name }],
      },
      actor(),
    );
    people[name] = p;
    await store.memberships.grant(
      { personId: p.id, role, teamId: team?.id ?? null, collaborativeId: team ? null : collaborative.id },
      actor(),
    );
    if (name !== 'nina') refs[name] = await store.conversationRefs.upsert(personalRef(name, p.id), time.now());
  }
  refs.channelB = await store.conversationRefs.upsert(
    {
      platform: 'local',
      tenantId: 'local',
      conversationId: 'channel-b',
      kind: 'channel',
      personId: null,
      teamId: teamB.id,
      reference: {},
    },
    time.now(),
  );
  const platform = new FakePlatform(time, options.limits ?? {});
  const ticker = new ManualTicker();
  const logger = pino({ level: 'silent' });
  const scheduler = createScheduler({
    store,
    clock: time,
    notifiers: [platform],
    logger,
    config: loadConfig({}),
    instanceId: 'test-1',
    sleep: time.sleep,
    ticker,
    charts: { url: (r) => `https://bot.example/charts/${r.measureId}-${r.teamId}-${r.size}.png` },
    options: options.scheduler,
  });
  return {
    time,
    store,
    actor,
    collaborative,
    teamA,
    teamB,
    people,
    refs,
    platform,
    ticker,
    logger,
    scheduler,
    /** One tick on simulated time. */
    tick: () => time.drive(scheduler.tick()),
    /** Deliveries to a conversation (ref id). */
    to: (refId: string) => platform.deliveries.filter((d) => d.refId === refId),
    close: () => store.close(),
  };
}

function personalRef(name: string, personId: string): Omit<ConversationRef, 'id' | 'updatedAt' | 'deadAt'> {
  return {
    platform: 'local',
    tenantId: 'local',
    conversationId: `dm-${name}`,
    kind: 'personal',
    personId,
    teamId: null,
    reference: {},
  };
}

/** Shortcut: the store. */
export type World = Awaited<ReturnType<typeof schedulerWorld>>;
export type { Store };
