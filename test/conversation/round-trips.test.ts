// Round trips per turn: every statement a typical turn sends to the database, BEGIN/COMMIT included, counted with
// the store's onStatement hook. Each one is a network round trip on PostgreSQL; the counts pin the cuts of #14.
import { afterEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, type ConversationFixture } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';

describe.each(DIALECTS)('round trips per turn (%s)', (dialect) => {
  let f: ConversationFixture;
  let statements: string[] = [];
  afterEach(() => f.close());

  const counted = async <T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> => {
    statements = [];
    const result = await fn();
    const sql = statements;
    statements = [];
    return { result, sql };
  };

  it('a quick-text measurement turn', async () => {
    f = await conversationFixture({ dialect, onStatement: (s) => statements.push(s) });
    await f.say('anna', 'hjælp');
    const { sql } = await counted(() => f.say('anna', 'måling OP24 18/22 uge 47'));
    console.log(sql.join('\n'));
    expect(sql.length).toBeLessThanOrEqual(100);
  });

  it('a card press (undo)', async () => {
    f = await conversationFixture({ dialect, onStatement: (s) => statements.push(s) });
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47');
    const { sql } = await counted(() => f.press('anna', buttonOf(reply, 'measurement.undo')));
    console.log(sql.join('\n'));
    expect(sql.length).toBeLessThanOrEqual(100);
  });
});
