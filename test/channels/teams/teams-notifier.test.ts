// Proactive delivery through the fake connector: the reference stored at install time is used with
// continueConversationAsync; 429/412/5xx/403/404 become the DeliveryResult the scheduler acts on.
import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../src/conversation/create-conversation';
import type { ConversationRef } from '../../../src/domain';
import { startTeamsServer, type TeamsTestServer } from '../../support/teams-server';
import { activity, FIXTURE } from './teams-fixtures';

const silentCore: Conversation = { handle: async () => [], view: async () => null };

let server: TeamsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Installs the bot personally (stores the reference) and returns the stored ref. */
async function installedRef(): Promise<{ server: TeamsTestServer; ref: ConversationRef }> {
  server = await startTeamsServer({ conversation: silentCore });
  await server.post(activity('installation-update-personal'));
  const ref = await server.store.conversationRefs.find('teams', FIXTURE.tenantId, FIXTURE.personalConversationId);
  server.connector.calls.length = 0; // forget the greeting
  return { server, ref: ref! };
}

describe('Teams notifier', () => {
  it('posts a new message (not a reply) with the card to the stored conversation', async () => {
    const { server, ref } = await installedRef();
    const result = await server.channel.notifier.send(ref, {
      text: 'Husk ugens måling for OP24',
      card: {
        template: 'choice',
        data: { title: 'Påmindelse', text: 'Husk ugens måling', hasSelect: false, select: null, buttons: [] },
      },
    });
    expect(result).toEqual({ ok: true });
    expect(server.connector.calls).toHaveLength(1);
    const call = server.connector.calls[0]!;
    expect(call.conversationId).toBe(FIXTURE.personalConversationId);
    expect(call.activityId).toBeUndefined();
    expect(call.activity).toMatchObject({ type: 'message', summary: 'Husk ugens måling for OP24' });
    expect((call.activity.attachments as Array<{ contentType: string }>)[0]!.contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(call.authorization).toBeUndefined(); // anonymous mode sends no token
  });

  it('hands a 429 back as retryable with the Retry-After delay, without sleeping', async () => {
    const { server, ref } = await installedRef();
    server.connector.failNext({ status: 429, retryAfter: '7' });
    const result = await server.channel.notifier.send(ref, { text: 'Hej' });
    expect(result).toMatchObject({ ok: false, retryable: true, retryAfterMs: 7000 });
    expect(server.slept).toEqual([]);
    expect(server.connector.calls).toHaveLength(0);
  });

  it('reads a Retry-After given as an HTTP date against the clock', async () => {
    const { server, ref } = await installedRef();
    const at = new Date(server.clock.now().getTime() + 30_000).toUTCString();
    server.connector.failNext({ status: 429, retryAfter: at });
    const result = await server.channel.notifier.send(ref, { text: 'Hej' });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect((result as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(29_000);
    expect((result as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('retries 503 and 502 with jittered backoff and then delivers', async () => {
    const { server, ref } = await installedRef();
    server.connector.failNext({ status: 503 }, { status: 502 });
    const result = await server.channel.notifier.send(ref, { text: 'Hej' });
    expect(result).toEqual({ ok: true });
    expect(server.connector.calls).toHaveLength(1);
    // base 500 ms doubled per attempt, jitter factor 0.5 + random/2 with random = 0.5 → 0.75
    expect(server.slept).toEqual([375, 750]);
  });

  it('gives up on a persistent 412/504 after a few attempts and leaves it to the scheduler', async () => {
    const { server, ref } = await installedRef();
    server.connector.failNext({ status: 412 }, { status: 504 }, { status: 504 });
    const result = await server.channel.notifier.send(ref, { text: 'Hej' });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(server.slept).toHaveLength(2);
    expect(server.connector.calls).toHaveLength(0);
  });

  it('reports 403 (bot removed) as gone, so the scheduler marks the reference dead and stops', async () => {
    const { server, ref } = await installedRef();
    server.connector.failNext({ status: 403 });
    const result = await server.channel.notifier.send(ref, { text: 'Hej' });
    expect(result).toMatchObject({ ok: false, retryable: false, gone: true });
    expect(server.slept).toEqual([]);

    // What the scheduler does with `gone`: the reference is marked dead and never used again.
    await server.store.conversationRefs.markDead(ref.id, server.clock.now());
    expect((await server.store.conversationRefs.get(ref.id))!.deadAt).toEqual(server.clock.now());
  });

  it('reports 404 (conversation gone) as gone', async () => {
    const { server, ref } = await installedRef();
    server.connector.failNext({ status: 404 });
    expect(await server.channel.notifier.send(ref, { text: 'Hej' })).toMatchObject({
      ok: false,
      retryable: false,
      gone: true,
    });
  });

  it('refuses a stored reference without a service URL instead of throwing', async () => {
    const { server, ref } = await installedRef();
    const result = await server.channel.notifier.send({ ...ref, reference: {} }, { text: 'Hej' });
    expect(result).toMatchObject({ ok: false, retryable: false, gone: false });
  });
});
