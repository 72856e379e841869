import { afterEach, describe, expect, it } from 'vitest';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';
import { snapshot } from '../store/store-snapshot';
import { CPR_SHAPES, dumpHasCpr } from './cpr-shapes';
import { ALL_VERBS, createTargets, dataFor } from './every-verb';

// Every CPR shape at every entrance of the core, by the people who may use each verb, with the core logging
// at `trace`: each is refused, no reply repeats it, and afterwards neither the database nor the log holds it.

/** Who may use a verb on Hvidovre's objects (so the refusal is the CPR guard's, not a permission's). */
const insider = (verb: string) =>
  /^(seminar|broadcast|admin|overview|summary)\./.test(verb) ? 'tove' : verb.startsWith('pdsa.') ? 'lars' : 'anna';
/** Card fields a verb's form has (free text); every verb also gets the CPR in a field it does not know. */
const FIELDS = [
  'note',
  'title',
  'message',
  'name',
  'objective',
  'agenda',
  'location',
  'value',
  'period',
  'code',
  'text',
  'unknownField',
];

describe.each(DIALECTS)('CPR numbers at every entrance of the core (%s)', (dialect) => {
  let f: ConversationFixture;
  afterEach(async () => f?.close());

  it('refuses every shape in chat text, without echoing it', async () => {
    f = await conversationFixture({ dialect, logLevel: 'trace' });
    for (const cpr of CPR_SHAPES) {
      for (const text of [`måling vent 5 ${cpr}`, `vent uge 47: 5 ${cpr}`, `pdsa ny ${cpr}`, `send ${cpr}`, cpr]) {
        const [reply, ...rest] = await f.say('anna', text);
        expect(rest).toEqual([]);
        expect(reply?.error?.code, text).toBe('CPR_NUMBER_REFUSED');
        expect(dumpHasCpr(JSON.stringify(reply))).toBe(false);
      }
    }
    expect(dumpHasCpr(JSON.stringify(await snapshot(f.store)))).toBe(false);
    expect(f.logs.length).toBeGreaterThan(0);
    expect(dumpHasCpr(f.logs.join('\n'))).toBe(false);
  });

  it('refuses every shape in every field of every action verb', async () => {
    f = await conversationFixture({ dialect, logLevel: 'trace' });
    const targets = await createTargets(f);
    const missed: string[] = [];
    for (const verb of ALL_VERBS) {
      for (const [i, cpr] of CPR_SHAPES.entries()) {
        const field = FIELDS[i % FIELDS.length]!;
        const replies = await f.press(insider(verb), {
          verb,
          data: { ...dataFor(f, targets, verb), [field]: `Se ${cpr}` },
        });
        if (replies[0]?.error?.code !== 'CPR_NUMBER_REFUSED' || replies.length !== 1)
          missed.push(`${verb} ${field} ${cpr}`);
        if (dumpHasCpr(JSON.stringify(replies))) missed.push(`${verb} echoes ${cpr}`);
      }
    }
    expect(missed).toEqual([]);
    expect(dumpHasCpr(JSON.stringify(await snapshot(f.store)))).toBe(false);
    expect(dumpHasCpr(f.logs.join('\n'))).toBe(false);
  });

  it('refuses a CPR number in a card field name, an id or a request id', async () => {
    f = await conversationFixture({ dialect, logLevel: 'trace' });
    const bad = [
      f.turn('anna', { action: { verb: 'measurement.submit', data: { '2405831234': 'x' } } }),
      f.turn('anna', { action: { verb: 'seminar.rsvp', data: { seminarId: '24.05.83-1234', attending: true } } }),
      f.turn('anna', { action: { verb: 'measurement.keep', data: { token: '2405831234' } } }),
      f.turn('anna', { text: 'hjælp', requestId: 'req-2405831234' }),
    ];
    for (const turn of bad) {
      const [reply] = await f.conversation.handle(turn);
      expect(reply?.error?.code).toBe('CPR_NUMBER_REFUSED');
      expect(dumpHasCpr(JSON.stringify(reply))).toBe(false);
    }
    expect(dumpHasCpr(JSON.stringify(await snapshot(f.store)))).toBe(false);
  });

  it('redacts a CPR number in a platform display name and in the stored conversation reference', async () => {
    f = await conversationFixture({ dialect, logLevel: 'trace' });
    for (const [i, cpr] of CPR_SHAPES.entries()) {
      const identity = { platform: 'teams' as const, tenantId: 'T1', userId: `user-${i}` };
      const reference = {
        user: { id: `29:user-${i}`, name: `Anna ${cpr}` },
        conversation: { id: `a:${i}`, name: `Chat ${cpr}` },
      };
      const [reply] = await f.conversation.handle(
        f.turn('anna', {
          channel: 'teams',
          identity,
          displayName: `Anna ${cpr}`,
          conversation: { id: `a:${i}`, kind: 'personal', tenantId: 'T1', reference },
          text: 'hjælp',
        }),
      );
      expect(reply?.error).toBeUndefined();
      const person = await f.store.persons.findByIdentity(identity);
      expect(person?.displayName).toBe('Anna [CPR fjernet]');
    }
    const dump = JSON.stringify(await snapshot(f.store));
    expect(dump).toContain('Chat [CPR fjernet]');
    expect(dumpHasCpr(dump)).toBe(false);
    expect(dumpHasCpr(f.logs.join('\n'))).toBe(false);
  });
});
