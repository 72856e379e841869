// Group commit for SQLite. With synchronous=FULL every COMMIT waits for an fsync, and better-sqlite3 runs it on the
// event loop. A SQLite turn never yields to the event loop (its statements are synchronous), so turns do not
// overlap; but requests that arrive together all run in one turn of the loop. Their transactions run as savepoints
// of one outer transaction, committed once (one fsync) right after that turn of the loop (setImmediate). A
// transaction resolves only after the COMMIT that holds its writes, so an acknowledged write is as durable as
// before; a lone turn commits at once, one loop turn later.
//
// - The outer transaction begins with BEGIN IMMEDIATE (the write lock, waiting up to busy_timeout for another
//   process such as the CLI) and is committed after the loop turn, or at once when it is older than MAX_GROUP_MS,
//   so the lock is never held for long.
// - A transaction that fails rolls back to its savepoint: the other turns of the group keep their writes.
// - A statement outside a transaction that writes commits the group first and then runs on its own (autocommit), so
//   it is durable when it returns; one that reads runs inside the open group (it sees what the group wrote).
// - A failing COMMIT rolls the group back and fails every transaction in it.
// - Another store on the same file in this process (tests run two "instances" so) would wait for the write lock
//   synchronously, blocking the loop that was to commit the group: a store about to write commits the idle groups of
//   the others first. (Another process, such as the CLI, simply waits for the next commit.)
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';

/** A group is committed at the latest this long after it began, even while turns keep queuing. */
export const MAX_GROUP_MS = 10;

/** What the store needs to wait for durability: the group a transaction joined, and its commit. */
export interface GroupCommit {
  /** The group of the transaction running now (read inside the transaction). */
  current(): number;
  /** Resolves when `group` is committed; rejects when its COMMIT failed. */
  durable(group: number): Promise<void>;
}

const BEGIN = CompiledQuery.raw('begin immediate');
const SAVEPOINT = CompiledQuery.raw('savepoint group_tx');
const RELEASE = CompiledQuery.raw('release savepoint group_tx');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint group_tx');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');
/** The statements of the grouping itself: they never commit the group first. */
const OWN: ReadonlySet<CompiledQuery> = new Set([BEGIN, SAVEPOINT, RELEASE, ROLLBACK_TO, COMMIT, ROLLBACK]);
/** Failed groups remembered for transactions that ask after their COMMIT ran. */
const FAILURES_KEPT = 1000;

const groups = new WeakMap<object, GroupCommit>();
/** The group commits of this process per database file. */
const sameFile = new Map<string, Set<GroupState>>();

/** Links a database handle (a Kysely instance) to the group commit of its dialect. */
export function registerGroupCommit(db: object, group: GroupCommit): void {
  groups.set(db, group);
}

/** The group commit of a database handle, if its dialect groups transactions. */
export function groupCommitOf(db: object): GroupCommit | undefined {
  return groups.get(db);
}

interface Waiter {
  group: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** A SQLite dialect whose transactions are grouped. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #state: GroupState;

  /** `file` is the database file (null for ':memory:'); `isReader(sql)` tells a statement that only reads. */
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    file: string | null,
    isReader: (sql: string) => boolean,
  ) {
    super(config);
    this.#state = new GroupState(file, isReader);
  }

  /** The grouping of this dialect's transactions. */
  get group(): GroupCommit {
    return this.#state;
  }

  override createDriver(): Driver {
    return this.#state.wrap(super.createDriver());
  }
}

class GroupState implements GroupCommit {
  #inner!: Driver;
  #connection!: DatabaseConnection;
  /** The outer transaction is open; it began at `#since` (performance.now()). */
  #open = false;
  #since = 0;
  /** A transaction (savepoint) of a turn is running on the connection. */
  #inTx = false;
  /** Number of the group open now or opening next; groups below `#done` are committed (or failed). */
  #group = 1;
  #done = 1;
  #waiting: Waiter[] = [];
  #failed = new Map<number, unknown>();
  #flushScheduled = false;

  constructor(
    private readonly file: string | null,
    private readonly isReader: (sql: string) => boolean,
  ) {
    if (file !== null) (sameFile.get(file) ?? sameFile.set(file, new Set()).get(file)!).add(this);
  }

  /** Commits the idle open groups of the other stores of this process on the same file (see above). */
  #lockMayBeHeld(): boolean {
    return this.#open || (this.file !== null && (sameFile.get(this.file)?.size ?? 0) > 1);
  }

  async #yieldToOthers(): Promise<void> {
    if (this.file === null) return;
    for (const other of sameFile.get(this.file) ?? []) if (other !== this && !other.#inTx) await other.#commit();
  }

  current(): number {
    return this.#group;
  }

  durable(group: number): Promise<void> {
    if (group < this.#done)
      return this.#failed.has(group) ? Promise.reject(this.#failed.get(group)) : Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.push({ group, resolve, reject }));
  }

  wrap(inner: Driver): Driver {
    this.#inner = inner;
    const run = (query: CompiledQuery) => this.#connection.executeQuery(query);
    return {
      init: async () => {
        await inner.init();
        const connection = await inner.acquireConnection();
        await inner.releaseConnection(connection);
        this.#connection = this.#wrapConnection(connection);
      },
      acquireConnection: async () => {
        await inner.acquireConnection();
        return this.#connection;
      },
      beginTransaction: async () => {
        if (!this.#open) {
          await this.#yieldToOthers();
          await run(BEGIN);
          this.#open = true;
          this.#since = performance.now();
        }
        await run(SAVEPOINT);
        this.#inTx = true;
      },
      commitTransaction: async () => {
        await run(RELEASE);
        this.#inTx = false;
        // Commit when this turn of the event loop is done: the other requests it runs join the group. A group
        // that has waited long enough commits now.
        if (performance.now() - this.#since >= MAX_GROUP_MS) await this.#commit();
        else this.#scheduleFlush();
      },
      rollbackTransaction: async () => {
        await run(ROLLBACK_TO);
        await run(RELEASE);
        this.#inTx = false;
        this.#scheduleFlush();
      },
      savepoint: inner.savepoint?.bind(inner),
      rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
      releaseSavepoint: inner.releaseSavepoint?.bind(inner),
      releaseConnection: async (connection) => {
        await inner.releaseConnection(connection);
        if (this.#open) this.#scheduleFlush();
      },
      destroy: async () => {
        const others = this.file === null ? undefined : sameFile.get(this.file);
        others?.delete(this);
        if (others?.size === 0) sameFile.delete(this.file!);
        if (this.#open) {
          await inner.acquireConnection();
          await this.#commit();
          await inner.releaseConnection(this.#connection);
        }
        await inner.destroy();
      },
    };
  }

  /** The connection, with statements outside a transaction kept out of the group when they write. */
  #wrapConnection(connection: DatabaseConnection): DatabaseConnection {
    return {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        // Only when some group could hold the write lock: this one open, or another store on the same file.
        if (!this.#inTx && !OWN.has(query) && this.#lockMayBeHeld() && !this.isReader(query.sql)) {
          await this.#commit();
          await this.#yieldToOthers();
        }
        return connection.executeQuery<R>(query);
      },
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      void this.#flushWhenFree();
    });
  }

  async #flushWhenFree(): Promise<void> {
    await this.#inner.acquireConnection();
    try {
      if (this.#open && !this.#inTx) await this.#commit();
    } finally {
      await this.#inner.releaseConnection(this.#connection);
    }
  }

  /** Commits the open group (the fsync) and settles its transactions; on failure rolls it back and fails them. */
  async #commit(): Promise<void> {
    if (!this.#open) return;
    const group = this.#group;
    this.#open = false;
    this.#group++;
    let failure: unknown = null;
    try {
      await this.#connection.executeQuery(COMMIT);
    } catch (err) {
      failure = err;
      this.#failed.set(group, err);
      this.#failed.delete(group - FAILURES_KEPT);
      await this.#connection.executeQuery(ROLLBACK).catch(() => {});
    }
    this.#done = group + 1;
    const settled = this.#waiting.filter((w) => w.group <= group);
    this.#waiting = this.#waiting.filter((w) => w.group > group);
    for (const w of settled) failure === null ? w.resolve() : w.reject(failure);
  }
}
