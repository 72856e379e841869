// The reference cache (src/store/reference-cache.ts) under several instances: a change to a measure made through
// one instance's store is seen by the very next turn on the other, in both directions.
import { afterEach, describe, expect, it } from 'vitest';
import { createConversation } from '../../src/conversation/create-conversation';
import { createLogger } from '../../src/privacy/create-logger';
import { conversationFixture, testChartLinks, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { sameSchemaStore } from '../support/stores';

describe('reference cache with two instances on one PostgreSQL database', () => {
  let f: ConversationFixture;
  afterEach(() => f.close());

  it('a tovholder’s change on one instance is seen by the next turn on the other', async () => {
    f = await conversationFixture({ dialect: 'postgres' });
    const other = await sameSchemaStore(f.store, { clock: f.clock });
    try {
      await f.say('anna', 'måling OP24 17/22 uge 46');
      await f.say('anna', 'status');
      await other.measures.update(
        f.measures.op24.id,
        { name: 'Operation inden for et døgn' },
        { personId: null, at: f.clock.now() },
      );
      const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47');
      expect(textOf(reply)).toContain('Operation inden for et døgn');
      // And the other way round: a turn on the second instance sees the first instance's change.
      const second = createConversation({
        store: other,
        clock: f.clock,
        logger: createLogger({ level: 'silent' }),
        charts: testChartLinks,
      });
      await second.handle(f.turn('anna', { text: 'måling OP24 16/22 uge 45' }));
      await f.store.measures.update(
        f.measures.op24.id,
        { name: 'OP inden for 24 t' },
        { personId: null, at: f.clock.now() },
      );
      const [again] = await second.handle(f.turn('anna', { text: 'måling OP24 15/22 uge 44' }));
      expect(textOf(again)).toContain('OP inden for 24 t');
    } finally {
      await other.close();
    }
  });
});
