import { afterEach, describe, expect, it } from 'vitest';
import { conversationFixture, type ConversationFixture, type PersonKey } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';
import { snapshot } from '../store/store-snapshot';
import { ALL_VERBS, createTargets, dataFor, SECRETS } from './every-verb';

// Every verb the core registers, replayed against Team Hvidovre's objects by someone with no right to them:
// a newcomer in no team, a member of another team of the same collaborative (Ole, Odense), and a member of a
// team in another collaborative (Aksel, Aarhus). Nothing may change and no title or note may leak.

/** Tables a refused turn may still touch: the actor's own first-contact rows and request-id claims. */
const BOOKKEEPING = ['idempotency_keys', 'conversation_refs', 'persons', 'person_identities'];
/** Verbs that only ever act on the actor's own things, so they may write even for an outsider. */
const OWN_ONLY: Record<string, string[]> = { 'settings.language': ['persons', 'audit_log'] };

async function sharedState(f: ConversationFixture): Promise<Record<string, unknown[]>> {
  const all = await snapshot(f.store);
  return Object.fromEntries(Object.entries(all).filter(([t]) => !BOOKKEEPING.includes(t)));
}

describe.each(DIALECTS)('authorization of every action verb (%s)', (dialect) => {
  let f: ConversationFixture;
  afterEach(async () => f?.close());

  it('knows the verbs it replays', () => {
    expect(ALL_VERBS.length).toBeGreaterThan(40);
    expect(ALL_VERBS).toContain('seminar.rsvp');
  });

  const outsiders: Array<[string, PersonKey | 'stranger']> = [
    ['a newcomer in no team', 'stranger'],
    ['a member of another team', 'ole'],
    ['a member of another collaborative', 'aksel'],
  ];

  it.each(outsiders)('refuses every verb to %s', async (_who, actorKey) => {
    f = await conversationFixture({ dialect });
    const targets = await createTargets(f);
    const turnOf = (verb: string) => {
      const action = { verb, data: dataFor(f, targets, verb) };
      return actorKey === 'stranger'
        ? f.turn('anna', {
            identity: { platform: 'local', tenantId: 'local', userId: 'stranger' },
            conversation: { id: 'dm-stranger', kind: 'personal', tenantId: 'local' },
            action,
          })
        : f.turn(actorKey, { action });
    };
    await f.conversation.handle({ ...turnOf('help.show') });
    const leaks: string[] = [];
    const writes: string[] = [];
    for (const verb of ALL_VERBS) {
      const before = await sharedState(f);
      const replies = await f.conversation.handle(turnOf(verb));
      const after = await sharedState(f);
      const text = JSON.stringify(replies);
      for (const secret of Object.values(SECRETS)) if (text.includes(secret)) leaks.push(`${verb} shows "${secret}"`);
      for (const table of Object.keys(before)) {
        if (OWN_ONLY[verb]?.includes(table)) continue;
        if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) writes.push(`${verb} changed ${table}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(writes).toEqual([]);
  });

  it('uses data the rightful people can act on (the replay is not refused for bad data)', async () => {
    f = await conversationFixture({ dialect });
    const targets = await createTargets(f);
    const changed: string[] = [];
    for (const [verb, who] of [
      ['seminar.rsvp', 'anna'],
      ['measurement.submit', 'anna'],
      ['pdsa.saveDraft', 'anna'],
      ['pdsa.setDue', 'lars'],
      ['seminar.cancelConfirm', 'tove'],
      ['invite.create', 'lars'],
      ['broadcast.send', 'tove'],
    ] as const) {
      const before = await sharedState(f);
      await f.press(who, { verb, data: dataFor(f, targets, verb) });
      if (JSON.stringify(before) !== JSON.stringify(await sharedState(f))) changed.push(verb);
    }
    expect(changed).toEqual([
      'seminar.rsvp',
      'measurement.submit',
      'pdsa.saveDraft',
      'pdsa.setDue',
      'seminar.cancelConfirm',
      'invite.create',
      'broadcast.send',
    ]);
  });

  it('still lets the invited answer a seminar invitation', async () => {
    f = await conversationFixture({ dialect });
    const targets = await createTargets(f);
    const [reply] = await f.press('anna', {
      verb: 'seminar.rsvp',
      data: { seminarId: targets.seminarId, attending: true },
    });
    expect(reply?.text).toContain(SECRETS.seminar);
    expect((await f.store.seminars.rsvps(targets.seminarId)).map((r) => r.personId)).toEqual([f.people.anna.id]);
  });
});
