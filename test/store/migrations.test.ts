import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain';
import { createStore, databaseOf } from '../../src/store/create-store';
import { migrations } from '../../src/store/migrations';
import { openPostgres } from '../../src/store/open-postgres';
import { openSqlite } from '../../src/store/open-sqlite';
import { runMigrations } from '../../src/store/run-migrations';
import { DIALECTS, freshStore, sameSchemaStore, TEST_DATABASE_URL } from '../support/stores';
import { actor } from './seed';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('runs every migration once; opening the same database again keeps its data', async () => {
    const c = await store.collaboratives.create(
      { name: 'Genåbnet', clinicalArea: 'KOL', startDate: '2026-01-01' },
      actor(),
    );
    const db = databaseOf(store)!;
    const applied = await db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(applied.map((r) => (r as { name: string }).name)).toEqual(Object.keys(migrations));
    if (dialect === 'postgres') {
      const again = await sameSchemaStore(store);
      expect(await again.collaboratives.get(c.id)).toEqual(c);
      await again.close();
    }
  });

  it('stops with an error naming the migration that failed', async () => {
    const broken = {
      ...migrations,
      '999-broken': {
        up: async (db: Parameters<NonNullable<(typeof migrations)[string]>['up']>[0]) => {
          await sql`create table this is not sql`.execute(db);
        },
      },
    };
    const errors: object[] = [];
    const logger = { info: () => {}, error: (o: object) => errors.push(o) };
    if (dialect === 'sqlite') {
      const { db } = openSqlite(':memory:');
      await expect(runMigrations(db, undefined, logger, broken)).rejects.toThrow(
        /^Database migration 999-broken failed: /,
      );
      await db.destroy();
    } else {
      const schema = `t_broken_${Date.now().toString(36)}`;
      const db = await openPostgres(TEST_DATABASE_URL, schema);
      try {
        await expect(runMigrations(db, schema, logger, broken)).rejects.toThrow(
          /^Database migration 999-broken failed: /,
        );
      } finally {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
        await db.destroy();
      }
    }
    expect(errors).toEqual([{ migration: '999-broken' }]);
  });

  it('needs a database: no URL and no file is a clear error', async () => {
    await expect(createStore({})).rejects.toThrow('createStore needs databaseUrl (PostgreSQL) or sqliteFile (SQLite)');
    expect(store.dialect).toBe(dialect);
  });

  if (dialect === 'sqlite') {
    it('opens a SQLite file durably: WAL, synchronous=FULL, foreign keys on; data survives reopening', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'forbedringsbot-mig-'));
      try {
        const file = join(dir, 'nested', 'bot.db');
        const a = await createStore({ sqliteFile: file });
        const db = databaseOf(a)!;
        const pragma = async (name: string) =>
          Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
        expect(await pragma('journal_mode')).toBe('wal');
        expect(await pragma('synchronous')).toBe(2); // FULL
        expect(await pragma('foreign_keys')).toBe(1);
        expect(await pragma('busy_timeout')).toBe(5000);
        const c = await a.collaboratives.create(
          { name: 'Holdbar', clinicalArea: 'KOL', startDate: '2026-01-01' },
          actor(),
        );
        await a.close();
        const b = await createStore({ sqliteFile: file });
        expect(await b.collaboratives.get(c.id)).toEqual(c);
        await b.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  } else {
    it('puts every table in the store’s own schema, not in public', async () => {
      const db = databaseOf(store)!;
      const rows = await sql<{
        schema: string;
      }>`select table_schema as schema from information_schema.tables where table_name = 'measurements' and table_schema = current_schema()`.execute(
        db,
      );
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]!.schema).toMatch(/^t_[0-9a-f]{12}$/);
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: 'x; drop table y' })).rejects.toThrow(
        /invalid PostgreSQL schema name/,
      );
    });
  }
});
