// rollout.reach_300 (ms): 30 teams × 10 people set up by email, the app installed in the 30 teams (30
// conversationUpdate activities POSTed to /api/messages at once), timed until all 300 personal conversations exist
// (roster reads and POST /v3/conversations against the fake connector, paced on real time at Teams' per-tenant rate).
// rollout.reach_300.ratio: that time ÷ the floor the documented limit allows — (30 roster pages + 300 creations − 1)
// ÷ 50 RPS per app per tenant (msteams-docs bots/how-to/rate-limit.md; PLATFORM_LIMITS.teams.overall).
// rollout.reach_300.duplicates / .missed: conversations created twice, listed people without one.
import { readFileSync } from 'node:fs';
import type { Bench, Figure } from './bench';
import { round } from './bench';
import { PLATFORM_LIMITS } from '../../src/scheduler/platform-limits';
import { createTenantBudget } from '../../src/scheduler/tenant-budget';
import { startTeamsServer } from '../support/teams-server';

const TEAMS = 30;
const PEOPLE = 10;

async function run(): Promise<Figure[]> {
  const rate = PLATFORM_LIMITS.teams.overall;
  const reachLimiter = createTenantBudget({
    clock: { now: () => new Date() },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    rate,
  });
  const server = await startTeamsServer({ reachLimiter });
  try {
    const { store, clock, connector } = server;
    const actor = { personId: null, at: clock.now() };
    const c = await store.collaboratives.create(
      { name: 'Bench rollout', clinicalArea: 'Bench', startDate: '2026-01-05' },
      actor,
    );
    const base = JSON.parse(
      readFileSync(new URL('../fixtures/teams/conversation-update-bot-added-to-team.json', import.meta.url), 'utf8'),
    ) as {
      conversation: Record<string, unknown>;
      channelData: { team: Record<string, unknown> } & Record<string, unknown>;
    } & Record<string, unknown>;
    const installs: Array<Record<string, unknown>> = [];
    const personIds: string[] = [];
    for (let t = 0; t < TEAMS; t++) {
      const team = await store.teams.create(
        { collaborativeId: c.id, name: `Team ${t}`, department: 'Afd.', region: 'syddanmark' },
        actor,
      );
      const teamThread = `19:bench-team-${t}@thread.tacv2`;
      const roster: Array<Record<string, unknown>> = [];
      for (let p = 0; p < PEOPLE; p++) {
        const email = `person-${t}-${p}@bench.example`;
        const person = await store.persons.create({ displayName: `Person ${t}-${p}`, email }, actor);
        await store.memberships.grant({ personId: person.id, role: 'member', teamId: team.id }, actor);
        personIds.push(person.id);
        roster.push({
          id: `29:1bench-${t}-${p}`,
          name: `Person ${t}-${p}`,
          aadObjectId: `aad-bench-${t}-${p}`,
          email,
          userPrincipalName: email,
          userRole: 'user',
        });
      }
      connector.rosters.set(teamThread, roster);
      installs.push({
        ...base,
        id: `f:bench-${t}`,
        conversation: { ...base.conversation, id: teamThread },
        channelData: { ...base.channelData, team: { ...base.channelData.team, id: teamThread } },
      });
    }
    const t0 = performance.now();
    await Promise.all(installs.map((a) => server.post(a)));
    await server.channel.reach.idle();
    const ms = performance.now() - t0;
    const created = connector.created.map((p) => (p.members as Array<{ id: string }>)[0]!.id);
    const duplicates = created.length - new Set(created).size;
    let missed = 0;
    for (const id of personIds) if ((await store.conversationRefs.forPerson(id)).length !== 1) missed++;
    const floorMs = ((TEAMS + TEAMS * PEOPLE - 1) / rate.ratePerSec) * 1000;
    return [
      { name: 'rollout.reach_300', value: round(ms), unit: 'ms' },
      { name: 'rollout.reach_300.ratio', value: round(ms / floorMs), unit: 'x' },
      { name: 'rollout.reach_300.duplicates', value: duplicates, unit: 'count' },
      { name: 'rollout.reach_300.missed', value: missed, unit: 'count' },
    ];
  } finally {
    await server.close();
  }
}

const benches: Bench[] = [
  {
    group: 'rollout',
    names: ['rollout.reach_300', 'rollout.reach_300.ratio', 'rollout.reach_300.duplicates', 'rollout.reach_300.missed'],
    run,
  },
];
export default benches;
