// Round trips per turn (#14): every statement a typical turn sends to the database, BEGIN/COMMIT included, counted
// with the store's onStatement hook — each is a network round trip on PostgreSQL. The pins keep the cuts: the
// turn's start is one statement (person, memberships, conversation, reference version), collaboratives, teams and
// measures come from the instance's reference cache while their version holds, and one transaction per turn.
import { afterEach, describe, expect, it } from 'vitest';
import { buttonOf, conversationFixture, textOf, type ConversationFixture } from '../support/conversation-fixture';
import { DIALECTS } from '../support/stores';

describe.each(DIALECTS)('round trips per turn (%s)', (dialect) => {
  let f: ConversationFixture;
  let statements: string[] = [];
  afterEach(() => f.close());

  const counted = async <T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> => {
    statements = [];
    const result = await fn();
    // SQLite runs each transaction as a savepoint of a group that one COMMIT makes durable (sqlite-group-commit.ts):
    // the pair is in-process bookkeeping, not a round trip, and is left out of the counts below.
    const own = statements.filter((s) => / group_tx$/.test(s));
    expect(own.length % 2).toBe(0);
    if (dialect === 'postgres') expect(own).toEqual([]);
    const sql = statements.filter((s) => !own.includes(s));
    statements = [];
    return { result, sql };
  };
  const kinds = (sql: string[]) => sql.map((s) => s.split(' ')[0]!.toLowerCase());
  const fixture = async () => {
    f = await conversationFixture({ dialect, onStatement: (s) => statements.push(s) });
    // An earlier turn of this instance has read the team's measures (the reference cache is warm).
    await f.say('anna', 'måling OP24 17/22 uge 46', { requestId: 'warm-up' });
  };

  it('a quick-text measurement turn (a Teams activity with an id): 11 statements on PostgreSQL, one transaction', async () => {
    await fixture();
    const { result, sql } = await counted(() => f.say('anna', 'måling OP24 18/22 uge 47', { requestId: 'a-1' }));
    expect(result[0]?.card?.template).toBe('measurement-stored');
    // start; begin; claim; series version and series (the series cache, src/store/series-cache.ts); series version
    // locked; insert measurement, its audit entry and the series' new version (one statement on PostgreSQL, three
    // on SQLite); the team's baseline events; undo state; save replies; commit — no savepoint, no reference reads
    expect(sql.length).toBeLessThanOrEqual(dialect === 'postgres' ? 11 : 13);
    expect(sql.filter((s) => /^(savepoint|release)/.test(s))).toEqual([]);
    expect(kinds(sql).filter((k) => k === 'begin' || k === 'begin immediate'.split(' ')[0])).toHaveLength(1);
    expect(kinds(sql).filter((k) => k === 'commit')).toHaveLength(1);
    expect(sql.some((s) => /from "(teams|measures|collaboratives)"/.test(s))).toBe(false);
  });

  it('a card press (undo): 13 statements', async () => {
    await fixture();
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47', { requestId: 'a-1' });
    const { result, sql } = await counted(() =>
      f.press('anna', buttonOf(reply, 'measurement.undo'), { requestId: 'a-2' }),
    );
    expect(textOf(result[0])).toContain('OP24');
    // start; begin; claim; undo state; current value; series version locked; current value; delete; audit; series
    // version bumped; undo state; save replies; commit
    expect(sql.length).toBeLessThanOrEqual(13);
    expect(sql.some((s) => /from "(teams|measures|collaboratives)"/.test(s))).toBe(false);
  });

  it('a retried request is answered from the claim, with nothing written', async () => {
    await fixture();
    const [first] = await f.say('anna', 'måling OP24 18/22 uge 47', { requestId: 'a-1' });
    const { result, sql } = await counted(() => f.say('anna', 'måling OP24 18/22 uge 47', { requestId: 'a-1' }));
    expect(result).toEqual([{ ...first, replayed: true }]);
    expect(sql.filter((s) => /^(insert|update|delete)/.test(s) && !s.includes('idempotency_keys'))).toEqual([]);
  });

  it('sees a change to a measure made by this instance outside a turn at the next turn', async () => {
    await fixture();
    await f.store.measures.update(
      f.measures.op24.id,
      { name: 'Operation inden for et døgn' },
      { personId: null, at: f.clock.now() },
    );
    const [reply] = await f.say('anna', 'måling OP24 18/22 uge 47');
    expect(textOf(reply)).toContain('Operation inden for et døgn');
  });
});
