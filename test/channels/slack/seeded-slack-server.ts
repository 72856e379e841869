import { seedDemo, type DemoSeed } from '../../../src/demo/seed-demo';
import { startSlackTestServer, type SlackServerOptions, type SlackTestServer } from '../../support/slack-server';

/** The demo clinician (Hvidovre team) as Slack user U1 in workspace T1, DM channel D1. */
export const CLINICIAN = { userId: 'U1', dmId: 'D1', teamId: 'T1' } as const;

/** A Slack test server on the seeded demo collaborative, with the demo clinician linked to Slack user U1. */
export async function startSeededSlackServer(
  options: SlackServerOptions = {},
): Promise<SlackTestServer & { seed: DemoSeed }> {
  const server = await startSlackTestServer(options);
  const seed = await seedDemo(server.store, server.clock);
  await server.store.persons.linkIdentity(
    seed.persons.clinician,
    { platform: 'slack', tenantId: CLINICIAN.teamId, userId: CLINICIAN.userId },
    { personId: null, at: server.clock.now() },
  );
  return Object.assign(server, { seed });
}
