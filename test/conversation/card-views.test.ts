import { afterEach, describe, expect, it } from 'vitest';
import type { Flow } from '../../src/conversation/flow';
import { flows } from '../../src/conversation/flows';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { seedWeeks } from './series-support';

// The core's card views ("render this card for this person", behind Teams' Universal Actions refresh): each viewer
// gets their own version, the shared version shows no one's state, and a view never writes.

let f: ConversationFixture;
afterEach(() => f?.close());

const verbs = (reply: { card?: { data: Record<string, unknown> } } | null) =>
  ((reply?.card?.data.buttons as Array<{ verb: string }> | undefined) ?? []).map((b) => b.verb);

describe('card views', () => {
  it('shows the overwrite question with its buttons to the person who typed the value only', async () => {
    f = await conversationFixture();
    await f.say('anna', 'måling op24 17/22 uge 47');
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47', {
      conversation: { id: 'group-1', kind: 'group', tenantId: 'local' },
    });
    const refresh = ask?.card?.refresh;
    expect(refresh).toMatchObject({ verb: 'measurement.replaceQuestion', teamId: f.hvidovre.id });
    const action = { verb: refresh!.verb, data: refresh!.data };
    const own = await f.conversation.view(f.turn('anna', { action }));
    const other = await f.conversation.view(f.turn('lars', { action }));
    const shared = await f.conversation.view(f.turn('anna', { action }), 'everyone');
    expect(verbs(own)).toEqual(['measurement.replace', 'measurement.keep']);
    expect(textOf(own ?? undefined)).toContain('18/22 (81,8 %)');
    expect(verbs(other)).toEqual([]);
    expect(textOf(other ?? undefined)).toContain('Anna');
    expect(verbs(shared)).toEqual([]);
    // Once answered, there is nothing left to show (the pressed card was already replaced).
    await f.press('anna', buttonOf(ask, 'measurement.replace'));
    expect(await f.conversation.view(f.turn('anna', { action }))).toBeNull();
  });

  it('shows "Er du sikker?" with its buttons to the person who typed the unusual value only', async () => {
    f = await conversationFixture();
    await seedWeeks(f, 'vent', [18, 17, 19, 18, 20, 18]);
    const [ask] = await f.say('anna', 'måling VENT 180', {
      conversation: { id: 'group-1', kind: 'group', tenantId: 'local' },
    });
    const refresh = ask?.card?.refresh;
    expect(refresh).toMatchObject({ verb: 'measurement.unusualQuestion', teamId: f.hvidovre.id });
    const action = { verb: refresh!.verb, data: refresh!.data };
    const own = await f.conversation.view(f.turn('anna', { action }));
    const other = await f.conversation.view(f.turn('lars', { action }));
    const shared = await f.conversation.view(f.turn('anna', { action }), 'everyone');
    expect(verbs(own)).toEqual(['measurement.unusual', 'measurement.keep']);
    expect(textOf(own ?? undefined)).toContain('ti gange eller mere end det typiske (18 timer)');
    expect(verbs(other)).toEqual([]);
    expect(textOf(other ?? undefined)).toContain('er ved at gemme en usædvanlig værdi');
    expect(verbs(shared)).toEqual([]);
    // A tampered reason is refused (no view), and once answered there is nothing left to show.
    const tampered = { ...action, data: { ...action.data, reason: { kind: 'other' } } };
    expect(await f.conversation.view(f.turn('anna', { action: tampered }))).toBeNull();
    await f.press('anna', buttonOf(ask, 'measurement.unusual'));
    expect(await f.conversation.view(f.turn('anna', { action }))).toBeNull();
  });

  it('gives someone the bot has never met a view without creating them', async () => {
    f = await conversationFixture();
    const cycle = await f.store.pdsa.create(
      { teamId: f.hvidovre.id, title: 'Hurtig mobilisering', plan: { objective: 'Op samme dag' } },
      { personId: f.people.anna.id, at: f.clock.now() },
    );
    const before = (await f.store.persons.list()).length;
    const action = { verb: 'pdsa.cycle', data: { cycleId: cycle.id } };
    const stranger = f.turn('anna', { action, identity: { platform: 'local', tenantId: 'local', userId: 'nobody' } });
    const seen = await f.conversation.view(stranger);
    expect(textOf(seen ?? undefined)).toContain('Hurtig mobilisering');
    expect(verbs(seen)).toEqual([]);
    expect(verbs(await f.conversation.view(f.turn('anna', { action })))).toContain('pdsa.advance');
    expect(await f.store.persons.list()).toHaveLength(before);
  });

  it('rolls back whatever a view writes', async () => {
    const writing: Flow = {
      name: 'writing-view',
      commands: [],
      actions: {},
      views: {
        'test.write': async (ctx) => {
          await ctx.store.conversationState.put('written-by-a-view', { x: 1 }, new Date('2030-01-01T00:00:00Z'));
          return { text: 'viewed' };
        },
      },
    };
    f = await conversationFixture({ flows: [...flows, writing] });
    const reply = await f.conversation.view(f.turn('anna', { action: { verb: 'test.write', data: {} } }));
    expect(reply).toEqual({ text: 'viewed' });
    expect(await f.store.conversationState.get('written-by-a-view', f.clock.now())).toBeNull();
    expect(await f.conversation.view(f.turn('anna', { action: { verb: 'no.such.view', data: {} } }))).toBeNull();
  });
});
