import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { reminderCause, type Store } from '../../src/domain';
import { createScheduler } from '../../src/scheduler/create-scheduler';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { createTenantBudget, type PacedTenantBudget } from '../../src/scheduler/tenant-budget';
import { activity, FIXTURE } from '../channels/teams/teams-fixtures';
import { ManualTicker } from '../scheduler/support/scheduler-world';
import { ManualClock } from '../support/clock';
import { testChartLinks } from '../support/conversation-fixture';
import { startTeamsServer, type TeamsTestServer } from '../support/teams-server';

// The rollout (roster reads, POST /v3/conversations) and the scheduler's sends draw from one per-tenant budget,
// built once (as src/app.ts does) and injected into both: real CloudAdapter against the fake connector, which stamps
// every request with the manual clock. The budget's sleep moves that clock only when none of its requests is under
// way, so a stamp is the simulated moment the request was let go.

const RATE = PLATFORM_LIMITS.teams.overall;
const REACH = 70;
const NOTIFY = 70;

describe('one Teams tenant budget for the rollout and the scheduler', () => {
  let clock: ManualClock;
  let budget: PacedTenantBudget;
  let server: TeamsTestServer;

  const settled = async () => {
    while (budget.inFlight > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const sleep = async (ms: number) => {
    await settled();
    clock.advance(ms);
  };

  beforeEach(async () => {
    clock = new ManualClock('2026-11-23T09:00:00Z');
    budget = createTenantBudget({ clock, sleep, rate: RATE });
    server = await startTeamsServer({ clock, reachLimiter: budget, connectorNow: () => clock.now().getTime() });
    await seed(server);
  });
  afterEach(() => server.close());

  const scheduler = () =>
    createScheduler({
      store: server.store,
      clock,
      notifiers: [server.channel.notifier],
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      config: loadConfig({}),
      instanceId: 'budget-test',
      sleep,
      ticker: new ManualTicker(),
      charts: testChartLinks,
      tenantBudgets: { teams: budget },
    });

  /** Requests that draw from the budget: all but the install turn's own reply into the team channel. */
  const budgeted = () =>
    server.connector.stamps.filter((s) => s.conversationId !== FIXTURE.teamGeneralChannelId && s.kind !== 'member');

  /** Installs the app in the team (roster reach in the background) while the scheduler sends its due rows. */
  const runTogether = async () => {
    const [posted] = await Promise.all([
      server.post(activity('conversation-update-bot-added-to-team')),
      scheduler().tick(),
    ]);
    expect(posted.status).toBe(200);
    await server.channel.reach.idle();
  };

  it('never lets the rollout and the reminders together exceed the tenant rate', async () => {
    await runTogether();
    const stamps = budgeted();
    expect(stamps.filter((s) => s.kind === 'create')).toHaveLength(REACH);
    expect(stamps.filter((s) => s.kind === 'send')).toHaveLength(NOTIFY);
    expect(stamps.filter((s) => s.kind === 'roster')).toHaveLength(1);
    // No window of one second holds more than the tenant's 50 requests (roster pages, creations and sends), and
    // together they took as long as the rate demands: one budget, not two side by side.
    const times = stamps.map((s) => s.at).sort((a, b) => a - b);
    for (let i = 0; i + RATE.ratePerSec < times.length; i++) {
      expect(times[i + RATE.ratePerSec]! - times[i]!).toBeGreaterThanOrEqual(1000);
    }
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(((times.length - 1) * 1000) / RATE.ratePerSec);
  });

  it('pauses the whole tenant, rollout included, when a send gets 429 with Retry-After', async () => {
    server.connector.failNext({ status: 429, retryAfter: '3' });
    await runTogether();
    const stamps = budgeted();
    const limited = stamps.find((s) => s.status === 429)!;
    expect(limited.kind).toBe('send');
    const after = stamps.filter((s) => s.at > limited.at);
    expect(after.some((s) => s.kind === 'create')).toBe(true);
    expect(after.some((s) => s.kind === 'send')).toBe(true);
    // Nothing of either kind went to the connector until Retry-After had passed.
    expect(Math.min(...after.map((s) => s.at)) - limited.at).toBeGreaterThanOrEqual(3000);
    expect(server.connector.created).toHaveLength(REACH);
  });

  it('pauses the reminders too when chat creation gets 429 with Retry-After', async () => {
    server.connector.createFailures.set('29:1reach-0', [{ status: 429, retryAfter: '2' }]);
    await runTogether();
    const stamps = budgeted();
    const limited = stamps.find((s) => s.status === 429)!;
    expect(limited.kind).toBe('create');
    const after = stamps.filter((s) => s.at > limited.at);
    expect(after.some((s) => s.kind === 'send')).toBe(true);
    expect(Math.min(...after.map((s) => s.at)) - limited.at).toBeGreaterThanOrEqual(2000);
    expect(server.connector.created).toHaveLength(REACH);
  });
});

/** REACH listed people in the team's roster (no chat yet), NOTIFY people with a personal chat and a broadcast due. */
async function seed(server: TeamsTestServer): Promise<void> {
  const { store, clock, connector } = server;
  const actor = { personId: null, at: clock.now() };
  const c = await store.collaboratives.create(
    { name: 'LKT Budget', clinicalArea: 'Budget', startDate: '2026-01-05' },
    actor,
  );
  const team = await store.teams.create(
    { collaborativeId: c.id, name: 'Hvidovre', department: 'Afd.', region: 'hovedstaden' },
    actor,
  );
  const roster: Array<Record<string, unknown>> = [];
  for (let i = 0; i < REACH; i++) {
    const email = `reach-${i}@budget.example`;
    const person = await store.persons.create({ displayName: `Reach ${i}`, email }, actor);
    await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
    roster.push({ id: `29:1reach-${i}`, name: `Reach ${i}`, aadObjectId: `aad-reach-${i}`, email });
  }
  connector.rosters.set(FIXTURE.teamGeneralChannelId, roster);
  const b = await store.broadcasts.create({ collaborativeId: c.id, region: null, text: 'Husk data for uge 47' }, actor);
  for (let i = 0; i < NOTIFY; i++) await notifiable(store, connector.serviceUrl, team.id, b.id, i, actor);
}

async function notifiable(
  store: Store,
  serviceUrl: string,
  teamId: string,
  broadcastId: string,
  i: number,
  actor: { personId: null; at: Date },
): Promise<void> {
  const person = await store.persons.create(
    {
      displayName: `Notify ${i}`,
      identities: [{ platform: 'teams', tenantId: FIXTURE.tenantId, userId: `aad-n-${i}` }],
    },
    actor,
  );
  await store.memberships.grant({ personId: person.id, role: 'member', teamId }, actor);
  await store.conversationRefs.upsert(
    {
      platform: 'teams',
      tenantId: FIXTURE.tenantId,
      conversationId: `a:notify-${i}`,
      kind: 'personal',
      personId: person.id,
      teamId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl,
        bot: { id: FIXTURE.botId, name: 'Forbedringsbot' },
        user: { id: `29:1notify-${i}`, aadObjectId: `aad-n-${i}` },
        conversation: { id: `a:notify-${i}`, conversationType: 'personal', tenantId: FIXTURE.tenantId },
      },
    },
    actor.at,
  );
  await store.reminders.schedule({
    kind: 'broadcast',
    dedupeKey: `budget:${broadcastId}:${i}`,
    causeKey: reminderCause.broadcast(broadcastId),
    recipient: { kind: 'person', personId: person.id },
    dueAt: actor.at,
    payload: { broadcastId, target: 'test' },
  });
}
