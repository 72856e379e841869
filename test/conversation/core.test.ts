import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain';
import type { Flow } from '../../src/conversation/flow';
import { flows } from '../../src/conversation/flows';
import { DIALECTS } from '../support/stores';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';

let f: ConversationFixture;
afterEach(() => f.close());

/** A test flow whose handlers fail in the ways the error sink must handle. */
const failing: Flow = {
  name: 'failing',
  commands: [
    {
      words: ['boom'],
      handle: async () => {
        throw new Error('database exploded near 120345-1234');
      },
    },
    {
      words: ['refuse'],
      handle: async () => {
        throw new DomainError('NOT_FOUND');
      },
    },
    {
      words: ['half'],
      // Writes, then fails: the whole turn must roll back.
      handle: async (ctx) => {
        await ctx.store.conversationState.put('half-written', { x: 1 }, new Date(ctx.clock.now().getTime() + 60_000));
        throw new DomainError('CONFLICT');
      },
    },
  ],
  actions: {},
};

describe('the error sink', () => {
  it('logs an unexpected error with a correlation id (CPR-like text redacted) and answers politely', async () => {
    f = await conversationFixture({ flows: [...flows, failing] });
    const [reply] = await f.say('anna', 'boom');
    const ref = /fejlkoden ([0-9a-f]{8})/.exec(reply?.text ?? '')?.[1];
    expect(reply?.text).toContain('Beklager, noget gik galt hos mig.');
    expect(ref).toBeDefined();
    const logged = f.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.correlationId === ref);
    expect(logged).toMatchObject({ level: 50, msg: 'turn failed', where: 'text' });
    expect(JSON.stringify(logged)).toContain('database exploded near [CPR fjernet]');
    expect(f.logs.join('')).not.toContain('120345-1234');
    expect(JSON.stringify(reply)).not.toContain('exploded');
  });

  it('turns a DomainError into its catalogue message in the user’s language', async () => {
    f = await conversationFixture({ flows: [...flows, failing] });
    expect((await f.say('anna', 'refuse'))[0]?.text).toBe('Det fandt jeg ikke.');
    expect((await f.say('emma', 'refuse'))[0]?.text).toBe('I could not find that.');
  });

  it('rolls back everything a failed turn wrote', async () => {
    f = await conversationFixture({ flows: [...flows, failing] });
    expect((await f.say('anna', 'half'))[0]?.text).toBe('Det er i konflikt med noget, der allerede findes.');
    expect(await f.store.conversationState.get('half-written', f.clock.now())).toBeNull();
  });

  it('refuses a malformed card action with a clear message', async () => {
    f = await conversationFixture();
    const [reply] = await f.press('anna', { verb: 'measurement.undo', data: { token: 42 } });
    expect(reply?.text).toBe('Det kunne jeg ikke bruge: kortet eller knappen er ikke gyldig – prøv at åbne den igen.');
  });
});

describe('privacy', () => {
  it('refuses any text with a CPR number before it reaches a flow, and does not log it', async () => {
    f = await conversationFixture();
    const [reply] = await f.say('anna', 'hjælp med patient 0101901234');
    expect(reply?.text).toContain('CPR-nummer');
    expect(JSON.stringify(reply)).not.toContain('0101901234');
    expect(f.logs.join('')).not.toContain('0101901234');
  });

  it('does not mistake ids that contain ten digits for CPR numbers', async () => {
    f = await conversationFixture();
    const [form] = await f.say('anna', 'måling');
    const submit = buttonOf(form, 'measurement.submit', { inputs: { measureId: f.measures.vent.id, value: '5' } });
    const [reply] = await f.press('anna', {
      verb: submit.verb,
      data: { ...submit.data, nonce: 'ab120345-1234-4abc-8def-0123456789ab' },
    });
    expect(reply?.card?.template).toBe('measurement-stored');
  });

  it('refuses a crafted nonce that is not a generated id but holds a CPR number', async () => {
    f = await conversationFixture();
    const [form] = await f.say('anna', 'måling');
    const submit = buttonOf(form, 'measurement.submit', { inputs: { measureId: f.measures.vent.id, value: '5' } });
    const [reply] = await f.press('anna', { verb: submit.verb, data: { ...submit.data, nonce: '1203451234-abcd' } });
    expect(reply?.error?.code).toBe('CPR_NUMBER_REFUSED');
    expect(await f.store.measurements.listForTeam(f.hvidovre.id)).toEqual([]);
  });

  it('creates a newcomer with a neutral name when the platform name looks like a CPR number', async () => {
    f = await conversationFixture();
    await f.conversation.handle(
      f.turn('anna', {
        identity: { platform: 'slack', tenantId: 'T1', userId: 'U9' },
        displayName: '120345-1234',
        text: 'hjælp',
      }),
    );
    const person = await f.store.persons.findByIdentity({ platform: 'slack', tenantId: 'T1', userId: 'U9' });
    expect(person?.displayName).toBe('Ny bruger');
  });
});

describe('turn handling', () => {
  it('refuses a very long message politely', async () => {
    f = await conversationFixture();
    const [reply] = await f.say('anna', `måling ventetid 42 notat: ${'x'.repeat(5000)}`);
    expect(reply?.text).toContain('for lang');
  });

  it('handles a retried card action request once', async () => {
    f = await conversationFixture();
    const [ask] = await f.say('anna', 'måling op24 18/22 uge 47');
    expect(ask?.card?.template).toBe('measurement-stored');
    const [first] = await f.say('anna', 'måling op24 19/22 uge 47');
    const replace = buttonOf(first, 'measurement.replace');
    const pressed = await f.press('anna', replace, { requestId: 'invoke-7' });
    expect(pressed).toHaveLength(1);
    // The retry stores nothing and answers what the first attempt answered.
    expect(await f.press('anna', replace, { requestId: 'invoke-7' })).toEqual(
      pressed.map((r) => ({ ...r, replayed: true })),
    );
  });

  it('undoes only a use case’s own failed transaction and never runs the turn twice', async () => {
    let calls = 0;
    const nested: Flow = {
      name: 'nested',
      commands: [
        {
          words: ['nested'],
          handle: async (ctx) => {
            calls++;
            const write = {
              measureId: f.measures.vent.id,
              teamId: f.hvidovre.id,
              periodKey: '2026-W47',
              periodStart: '2026-11-16',
              value: 1,
              numerator: null,
              denominator: null,
              note: null,
            };
            await ctx.store.measurements.put(write, { personId: null, at: ctx.clock.now() });
            const result = await ctx.store
              .transaction(async (tx) => {
                await tx.measurements.put(
                  { ...write, periodKey: '2026-W46', periodStart: '2026-11-09' },
                  { personId: null, at: ctx.clock.now() },
                );
                throw new Error('rolled back inside');
              })
              .catch(() => 'caught');
            return [{ text: result }];
          },
        },
      ],
      actions: {},
    };
    f = await conversationFixture({ flows: [...flows, nested] });
    const [reply] = await f.say('anna', 'nested');
    expect(calls).toBe(1);
    expect(reply?.text).toBe('caught');
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2026-W47')).toMatchObject({ value: 1 });
    expect(await f.store.measurements.get(f.measures.vent.id, f.hvidovre.id, '2026-W46')).toBeNull();
  });
});

describe.each(DIALECTS)('the core on %s', (dialect) => {
  it('stores a quick text, confirms with undo, and undoes it', async () => {
    f = await conversationFixture({ dialect });
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47', { requestId: `r-${dialect}` });
    expect(textOf(reply)).toContain('Gemt: OP24, uge 47');
    expect(await f.say('anna', 'måling OP24 18/22 uge 47', { requestId: `r-${dialect}` })).toEqual([
      { ...reply, replayed: true },
    ]);
    const [undone] = await f.press('anna', buttonOf(reply, 'measurement.undo'));
    expect(undone?.text).toBe('Fortrudt: målingen for OP24, uge 47 er slettet.');
    expect(await f.store.measurements.get(f.measures.op24.id, f.hvidovre.id, '2026-W47')).toBeNull();
  });
});
