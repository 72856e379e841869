// Group commit for SQLite. With synchronous=FULL every COMMIT waits for an fsync, and better-sqlite3 runs it on the
// event loop: one fsync per chat turn capped throughput and made every queued turn wait for the ones before it. Here
// the transactions of turns that queue up behind each other run as savepoints of one outer transaction, and one
// COMMIT (one fsync) makes all of them durable. A turn's `transaction` resolves only after the COMMIT that holds its
// writes, so an acknowledged write is as durable as before; a turn alone commits at once, as before.
//
// - The outer transaction begins with BEGIN IMMEDIATE (the write lock, waiting up to busy_timeout for another
//   process such as the CLI) and is committed when no one else waits for the connection, or when it is older than
//   MAX_GROUP_MS, so the lock is never held for long.
// - A transaction that fails rolls back to its savepoint: the other turns of the group keep their writes.
// - A statement outside a transaction that writes commits the group first and then runs on its own (autocommit), so
//   it is durable when it returns; one that reads runs inside the open group (it sees what the group wrote).
// - A failing COMMIT rolls the group back and fails every transaction in it.
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

/** A SQLite dialect whose transactions are grouped; `isReader(sql)` tells a statement that only reads. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #state: GroupState;

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], isReader: (sql: string) => boolean) {
    super(config);
    this.#state = new GroupState(isReader);
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
  /** Callers waiting for the connection (the driver's mutex). */
  #queued = 0;
  #flushScheduled = false;

  constructor(private readonly isReader: (sql: string) => boolean) {}

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
        this.#queued++;
        try {
          await inner.acquireConnection();
        } finally {
          this.#queued--;
        }
        return this.#connection;
      },
      beginTransaction: async () => {
        if (!this.#open) {
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
        // Alone, or the group has waited long enough: commit now. Else the next in the queue joins the group.
        if (this.#queued === 0 || performance.now() - this.#since >= MAX_GROUP_MS) await this.#commit();
      },
      rollbackTransaction: async () => {
        await run(ROLLBACK_TO);
        await run(RELEASE);
        this.#inTx = false;
        if (this.#queued === 0) await this.#commit();
      },
      savepoint: inner.savepoint?.bind(inner),
      rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
      releaseSavepoint: inner.releaseSavepoint?.bind(inner),
      releaseConnection: async (connection) => {
        await inner.releaseConnection(connection);
        // The last one out (a read, a rolled-back transaction) leaves nobody to commit the group, and reads alone
        // never commit it: do it as soon as the connection is free.
        if (this.#open && (this.#queued === 0 || performance.now() - this.#since >= MAX_GROUP_MS))
          this.#scheduleFlush();
      },
      destroy: async () => {
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
        if (this.#open && !this.#inTx && !OWN.has(query) && !this.isReader(query.sql)) await this.#commit();
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
    this.#queued++;
    try {
      await this.#inner.acquireConnection();
    } finally {
      this.#queued--;
    }
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
