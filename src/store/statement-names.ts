/**
 * Names for PostgreSQL prepared statements, one per SQL text of a pool. node-postgres parses a named statement
 * once per connection and afterwards sends only Bind/Execute, so PostgreSQL skips parsing and analysing it (and,
 * once its generic plan is as good as a custom one, planning it) on every later run
 * (https://node-postgres.com/features/queries#prepared-statements,
 * https://www.postgresql.org/docs/current/sql-prepare.html#SQL-PREPARE-NOTES).
 *
 * Bounds: a text is named from its `minUses`-th run on (one-off texts, such as savepoints with a counter in their
 * name or IN lists of a rare length, stay unnamed), and at most `maxNamed` texts get a name, so no connection of
 * the pool holds more than `maxNamed` prepared statements. Texts are counted only after `start()`: the store starts
 * naming once its migrations have run, so no statement is prepared against a schema they are about to change.
 */
export interface StatementNames {
  /** The name to prepare `text` under, or undefined to send it unnamed. */
  nameOf(text: string): string | undefined;
  /** Starts naming texts (until then every text is sent unnamed). */
  start(): void;
  /** How many texts have a name (every connection of the pool prepares at most this many). */
  readonly named: number;
}

/** How many texts may be named, and from which run on; counting is forgotten past `maxCounted` unnamed texts. */
export interface StatementNameLimits {
  maxNamed: number;
  minUses: number;
  maxCounted: number;
}

/** A pool's hot statements number in the tens; the cap keeps a connection's prepared statements bounded. */
export const DEFAULT_STATEMENT_NAME_LIMITS: StatementNameLimits = { maxNamed: 200, minUses: 2, maxCounted: 1000 };

/** Names for one pool: every connection of the pool has the same search_path, so a text means the same everywhere. */
export function createStatementNames(limits: StatementNameLimits = DEFAULT_STATEMENT_NAME_LIMITS): StatementNames {
  const names = new Map<string, string>();
  const uses = new Map<string, number>();
  let started = false;
  return {
    nameOf(text) {
      if (!started) return undefined;
      const name = names.get(text);
      if (name !== undefined || names.size >= limits.maxNamed) return name;
      const n = (uses.get(text) ?? 0) + 1;
      if (n < limits.minUses) {
        if (uses.size >= limits.maxCounted) uses.clear();
        uses.set(text, n);
        return undefined;
      }
      uses.delete(text);
      const fresh = `fb_${names.size + 1}`;
      names.set(text, fresh);
      return fresh;
    },
    start() {
      started = true;
    },
    get named() {
      return names.size;
    },
  };
}
