// compiledStatement (src/store/compiled-statement.ts): a statement Kysely builds and compiles once, then runs with
// each call's arguments — on both databases, in and outside a transaction, and the same as building it each time.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { compiledStatement } from '../../src/store/compiled-statement';
import { databaseOf } from '../../src/store/create-store';
import type { Database } from '../../src/store/tables';
import { DIALECTS, freshStore } from '../support/stores';
import { uniq } from './seed';

type Entry = { key: string; value_json: string; expires_at: string };

const put = compiledStatement((db: Kysely<Database>, row: Entry) =>
  db
    .insertInto('conversation_state')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: row.value_json, expires_at: row.expires_at })),
);
// `key` is bound twice, and the builder puts a constant of its own ('{}') among the parameters.
const either = compiledStatement((db: Kysely<Database>, a: { key: string; other: string }) =>
  db
    .selectFrom('conversation_state')
    .select(['key', 'value_json'])
    .where((eb) => eb.or([eb('key', '=', a.key), eb('key', '=', a.other), eb('value_json', '=', `${a.key}{}`)]))
    .orderBy('key'),
);

describe.each(DIALECTS)('compiled statements on %s', (dialect) => {
  let store: Store;
  let db: Kysely<Database>;
  const statements: string[] = [];
  beforeAll(async () => {
    store = await freshStore(dialect, { onStatement: (s) => statements.push(s) });
    db = databaseOf(store)!;
  });
  afterAll(async () => {
    await store?.close();
  });

  const read = (key: string) => store.conversationState.get<unknown>(key, new Date('2026-01-01T00:00:00Z'));

  it('runs with each call’s arguments, as the statement built for them would', async () => {
    const [a, b] = [uniq('a'), uniq('b')];
    await put(db, { key: a, value_json: '"første"', expires_at: '2027-01-01T00:00:00.000Z' });
    await put(db, { key: b, value_json: '"anden"', expires_at: '2027-01-01T00:00:00.000Z' });
    await put(db, { key: a, value_json: '"tredje"', expires_at: '2027-01-01T00:00:00.000Z' });
    expect([await read(a), await read(b)]).toEqual(['tredje', 'anden']);
    const built = await db
      .selectFrom('conversation_state')
      .select(['key', 'value_json'])
      .where((eb) => eb.or([eb('key', '=', a), eb('key', '=', b), eb('value_json', '=', `${a}{}`)]))
      .orderBy('key')
      .execute();
    expect((await either(db, { key: a, other: b })).rows).toEqual(built);
    expect((await either(db, { key: b, other: 'ingen' })).rows).toEqual([{ key: b, value_json: '"anden"' }]);
  });

  it('runs in a transaction on the transaction’s connection, and its rollback undoes the write', async () => {
    const key = uniq('t');
    await expect(
      db.transaction().execute(async (trx) => {
        await put(trx, { key, value_json: '"rullet tilbage"', expires_at: '2027-01-01T00:00:00.000Z' });
        expect((await either(trx, { key, other: key })).rows).toEqual([{ key, value_json: '"rullet tilbage"' }]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await read(key)).toBeNull();
  });

  it('builds a call with an undefined argument as it comes (Kysely leaves the column out)', async () => {
    const partial = compiledStatement(
      (d: Kysely<Database>, a: { key: string; value_json: string; expires_at: string }) =>
        d.insertInto('conversation_state').values(a),
    );
    await partial(db, { key: uniq('k'), value_json: '1', expires_at: '2027-01-01T00:00:00.000Z' });
    statements.length = 0;
    const missing = { key: uniq('m'), value_json: undefined as unknown as string, expires_at: '2027' };
    await expect(partial(db, missing)).rejects.toThrow();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('"expires_at"');
    expect(statements[0]).not.toContain('"value_json"');
  });

  it('refuses a builder that does not bind an argument as a parameter', () => {
    const unbound = compiledStatement((d: Kysely<Database>, _a: { key: string }) =>
      d.selectFrom('conversation_state').select('key'),
    );
    expect(() => unbound(db, { key: 'x' })).toThrow('compiledStatement: arguments not bound as parameters: key');
  });
});
