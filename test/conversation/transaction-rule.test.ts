import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain';
import type { Flow, FlowContext } from '../../src/conversation/flow';
import { flows } from '../../src/conversation/flows';
import { ReplyInterrupt } from '../../src/conversation/reply-interrupt';
import { DIALECTS } from '../support/stores';
import { conversationFixture, type ConversationFixture } from '../support/conversation-fixture';

// The rule on the Store.transaction port: fn runs once; a throw rolls back fn's writes and is answered, never rerun.
let f: ConversationFixture;
afterEach(() => f?.close());

const runs: Record<string, number> = {};
const later = (ctx: FlowContext) => new Date(ctx.clock.now().getTime() + 60_000);
const put = (ctx: FlowContext, key: string) => ctx.store.conversationState.put(key, { at: key }, later(ctx));

/** Test commands that write, then fail in a nested transaction in the ways a flow can. */
const probe: Flow = {
  name: 'probe',
  commands: [
    {
      words: ['interrupt'],
      handle: async (ctx) => {
        runs.interrupt = (runs.interrupt ?? 0) + 1;
        await put(ctx, 'interrupt-outer');
        return ctx.store.transaction(async (tx) => {
          await tx.conversationState.put('interrupt-inner', { x: 1 }, later(ctx));
          throw new ReplyInterrupt([{ text: 'Vælg et hold først.' }]);
        });
      },
    },
    {
      words: ['caught'],
      handle: async (ctx) => {
        runs.caught = (runs.caught ?? 0) + 1;
        await put(ctx, 'caught-outer');
        try {
          await ctx.store.transaction(async (tx) => {
            await tx.conversationState.put('caught-inner', { x: 1 }, later(ctx));
            throw new DomainError('CONFLICT');
          });
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          return [{ text: ctx.t(`error.${err.code}`) }];
        }
        return [{ text: 'not reached' }];
      },
    },
    {
      words: ['refused'],
      handle: async (ctx) => {
        runs.refused = (runs.refused ?? 0) + 1;
        await put(ctx, 'refused-outer');
        return ctx.store.transaction(async (tx) => {
          await tx.conversationState.put('refused-inner', { x: 1 }, later(ctx));
          throw new DomainError('CONFLICT');
        });
      },
    },
  ],
  actions: {},
};

const CONFLICT_DA = 'Det er i konflikt med noget, der allerede findes.';

describe.each(DIALECTS)('the transaction rule in a turn on %s', (dialect) => {
  const state = (key: string) => f.store.conversationState.get(key, f.clock.now());

  it('answers an early reply from a nested transaction once, undoing only that part', async () => {
    f = await conversationFixture({ dialect, flows: [...flows, probe] });
    const before = runs.interrupt ?? 0;
    expect((await f.say('anna', 'interrupt')).map((r) => r.text)).toEqual(['Vælg et hold først.']);
    expect(runs.interrupt).toBe(before + 1);
    expect(await state('interrupt-inner')).toBeNull();
    expect(await state('interrupt-outer')).toEqual({ at: 'interrupt-outer' });
  });

  it('lets a flow answer a refusal it caught, once, with the refused part rolled back', async () => {
    f = await conversationFixture({ dialect, flows: [...flows, probe] });
    const before = runs.caught ?? 0;
    expect((await f.say('anna', 'caught')).map((r) => r.text)).toEqual([CONFLICT_DA]);
    expect(runs.caught).toBe(before + 1);
    expect(await state('caught-inner')).toBeNull();
    expect(await state('caught-outer')).toEqual({ at: 'caught-outer' });
  });

  it('rolls back the whole turn on a refusal it does not catch and answers the refusal, not an error code', async () => {
    f = await conversationFixture({ dialect, flows: [...flows, probe] });
    const before = runs.refused ?? 0;
    const [reply] = await f.say('anna', 'refused');
    expect(reply?.text).toBe(CONFLICT_DA);
    expect(reply?.error).toMatchObject({ code: 'CONFLICT' });
    expect(runs.refused).toBe(before + 1);
    expect(await state('refused-inner')).toBeNull();
    expect(await state('refused-outer')).toBeNull();
  });

  it('handles a retried request once: the second delivery of the same request id runs nothing, answers the same', async () => {
    f = await conversationFixture({ dialect, flows: [...flows, probe] });
    const before = runs.caught ?? 0;
    expect((await f.say('anna', 'caught', { requestId: 'req-1' })).map((r) => r.text)).toEqual([CONFLICT_DA]);
    expect((await f.say('anna', 'caught', { requestId: 'req-1' })).map((r) => r.text)).toEqual([CONFLICT_DA]);
    expect(runs.caught).toBe(before + 1);
  });
});
