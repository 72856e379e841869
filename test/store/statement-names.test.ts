import { describe, expect, it } from 'vitest';
import { createStatementNames } from '../../src/store/statement-names';

describe('statement names (PostgreSQL prepared statements)', () => {
  const limits = { maxNamed: 3, minUses: 2, maxCounted: 10 };

  it('names nothing before start (the migrations run unnamed)', () => {
    const names = createStatementNames(limits);
    for (let i = 0; i < 5; i++) expect(names.nameOf('select $1')).toBeUndefined();
    expect(names.named).toBe(0);
  });

  it('names a text from its second run on and keeps its name', () => {
    const names = createStatementNames(limits);
    names.start();
    expect(names.nameOf('select $1')).toBeUndefined();
    const name = names.nameOf('select $1');
    expect(name).toMatch(/^fb_\d+$/);
    expect(names.nameOf('select $1')).toBe(name);
    expect(names.nameOf('select $1, $2')).toBeUndefined();
    expect(names.nameOf('select $1, $2')).not.toBe(name);
  });

  it('names at most maxNamed texts; the rest run unnamed', () => {
    const names = createStatementNames(limits);
    names.start();
    const given = new Set<string>();
    for (let n = 0; n < 10; n++)
      for (let run = 0; run < 3; run++) {
        const name = names.nameOf(`select ${n}, $1`);
        if (name) given.add(name);
      }
    expect(given.size).toBe(3);
    expect(names.named).toBe(3);
    expect(names.nameOf('select 0, $1')).toBeDefined();
    expect(names.nameOf('select 9, $1')).toBeUndefined();
  });

  it('forgets its counts of one-off texts rather than growing without bound', () => {
    const names = createStatementNames(limits);
    names.start();
    for (let n = 0; n < 100; n++) expect(names.nameOf(`savepoint sp_${n}`)).toBeUndefined();
    expect(names.named).toBe(0);
    expect(names.nameOf('savepoint sp_99')).toBeDefined();
  });
});
