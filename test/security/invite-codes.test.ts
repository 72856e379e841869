import { afterEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/conversation/turn';
import { conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';

// Invite codes cannot be guessed: long, expiring, revocable, and wrong guesses are throttled per person and
// per tenant/workspace with a Danish "wait" message, during which even the right code is refused.

describe.each(DIALECTS)('invite codes (%s)', (dialect) => {
  let f: ConversationFixture;
  afterEach(async () => f?.close());

  const guesser = (n: number, tenantId = 'T-attack', extra: Partial<Turn> = {}): Turn =>
    f.turn('anna', {
      channel: 'slack',
      identity: { platform: 'slack', tenantId, userId: `U-guess-${n}` },
      conversation: { id: `D${n}`, kind: 'personal', tenantId },
      ...extra,
    });

  async function newCode(): Promise<string> {
    const [invite] = await f.say('lars', 'invitér');
    return String(invite?.card?.data.code);
  }

  it('makes codes of twelve letters, shown in groups of four', async () => {
    f = await conversationFixture({ dialect });
    const code = await newCode();
    expect(code).toMatch(/^[A-HJKMNP-Z]{4}-[A-HJKMNP-Z]{4}-[A-HJKMNP-Z]{4}$/);
    const stored = await f.store.invites.get(code);
    expect(stored?.code).toHaveLength(12);
    expect(await f.store.invites.get(code.replaceAll('-', ' ').toLowerCase())).toEqual(stored);
  });

  it('throttles one person after five wrong codes, refusing even the right one, in Danish', async () => {
    f = await conversationFixture({ dialect });
    const code = await newCode();
    for (let i = 0; i < 5; i++) {
      const [reply] = await f.conversation.handle(guesser(1, 'T-attack', { text: `join WRONGCODE${i}` }));
      expect(reply?.text).toBe('Invitationskoden er ugyldig eller udløbet.');
    }
    const [blocked] = await f.conversation.handle(guesser(1, 'T-attack', { text: `join ${code}` }));
    expect(blocked?.error?.code).toBe('RATE_LIMITED');
    expect(blocked?.text).toBe(
      'Der er prøvet for mange forkerte invitationskoder. Vent 15 minutter, og tjek koden med den, der inviterede dig.',
    );
    const person = await f.store.persons.findByIdentity({
      platform: 'slack',
      tenantId: 'T-attack',
      userId: 'U-guess-1',
    });
    expect(await f.store.memberships.listForPerson(person!.id)).toEqual([]);
    f.clock.advance(15 * 60 * 1000 + 1);
    const [joined] = await f.conversation.handle(guesser(1, 'T-attack', { text: `join ${code}` }));
    expect(textOf(joined)).toContain('Velkommen i Team Hvidovre!');
  });

  it('throttles a whole workspace after fifty wrong codes from many people, and not another workspace', async () => {
    f = await conversationFixture({ dialect });
    const code = await newCode();
    for (let i = 0; i < 50; i++)
      await f.conversation.handle(guesser(100 + i, 'T-attack', { text: `join WRONG${i}`, requestId: `r-${i}` }));
    const [blocked] = await f.conversation.handle(guesser(999, 'T-attack', { text: `join ${code}` }));
    expect(blocked?.error?.code).toBe('RATE_LIMITED');
    const [other] = await f.conversation.handle(guesser(999, 'T-other', { text: `join ${code}` }));
    expect(textOf(other)).toContain('Velkommen i Team Hvidovre!');
  });

  it('lets the tovholder revoke a code, after which it no longer joins or links', async () => {
    f = await conversationFixture({ dialect });
    const code = await newCode();
    expect((await f.say('anna', `invitér tilbagekald ${code}`))[0]?.text).toBe(
      'Det kan kun samarbejdets tovholdere og administratorer.',
    );
    const [revoked] = await f.say('tove', `invitér tilbagekald ${code}`);
    expect(revoked?.text).toBe('Invitationskoden til Team Hvidovre er trukket tilbage og kan ikke længere bruges.');
    expect((await f.store.invites.get(code))?.revokedAt).toEqual(f.clock.now());
    const [refused] = await f.conversation.handle(guesser(1, 'T1', { text: `join ${code}` }));
    expect(refused?.text).toBe('Invitationskoden er ugyldig eller udløbet.');
    const audit = await f.store.audit.list({ entity: 'invite' });
    expect(audit.map((a) => a.actorId)).toContain(f.people.tove.id);
  });

  it('expires a code after fourteen days', async () => {
    f = await conversationFixture({ dialect });
    const code = await newCode();
    f.clock.advance(14 * 24 * 3600 * 1000 + 1);
    const [expired] = await f.conversation.handle(guesser(1, 'T1', { text: `join ${code}` }));
    expect(expired?.text).toBe('Invitationskoden er ugyldig eller udløbet.');
  });
});
