import { sql, type Kysely } from 'kysely';
import type { Database } from './tables';
import { cloneData } from './clone-data';

/**
 * This instance's copy of the reference data every turn reads — collaboratives, teams, measures — valid for one
 * version of the `reference_version` row.
 *
 * The rule (several instances on one database): every create or update of a collaborative, team or measure
 * increments the version in its own transaction (bumpReferenceVersion). A turn reads the version in its first
 * statement (turnStart) and runs its transaction with it; only there are cached rows served, and only while the
 * cache holds that same version — a newer one empties it first. So a tovholder's change is seen by every turn, on
 * any instance, that starts after the change committed, exactly as without the cache. A write inside a turn
 * empties the cache and stops serving from it for the rest of that turn (it reads its own writes). Reads outside a
 * turn (scheduler, CLI, HTTP routes) always go to the database.
 */
export class ReferenceCache {
  private version = -1;
  private readonly entries = new Map<string, unknown>();

  /** The cache for a transaction that read `version`, or null when that version is older than the cache's. */
  view(version: number | null | undefined): ReferenceView | null {
    if (version === null || version === undefined || version < this.version) return null;
    if (version > this.version) this.reset(version);
    return new ReferenceView(this, version);
  }

  /** The cached value under key for `version` (a copy: callers may change what they get), or undefined. */
  read<T>(version: number, key: string): T | undefined {
    if (version !== this.version || !this.entries.has(key)) return undefined;
    return cloneData(this.entries.get(key)) as T;
  }

  /** Keeps a value read from the database in a transaction of `version`. */
  keep(version: number, key: string, value: unknown): void {
    if (version !== this.version) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, cloneData(value));
  }

  /** Forgets everything until the next turn brings a version. */
  reset(version = -1): void {
    this.version = version;
    this.entries.clear();
  }
}

/** Bound on cached rows and lists (an installation has tens of teams and measures; this only caps a surprise). */
const MAX_ENTRIES = 10_000;

/** One transaction's use of the cache: serves and keeps reads until the transaction writes reference data. */
export class ReferenceView {
  private live = true;

  constructor(
    private readonly cache: ReferenceCache,
    private readonly version: number,
  ) {}

  /** The cached value under key, else load() kept for later turns of the same version. */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.live) {
      const hit = this.cache.read<T>(this.version, key);
      if (hit !== undefined) return hit;
    }
    const value = await load();
    if (this.live) this.cache.keep(this.version, key, value);
    return value;
  }

  /** Keeps a value this transaction read as part of another (a measure of a team's list, by its id). */
  put(key: string, value: unknown): void {
    if (this.live) this.cache.keep(this.version, key, value);
  }

  /** This transaction changed reference data: the cache is emptied and not used again in it. */
  invalidate(): void {
    this.live = false;
    this.cache.reset();
  }
}

/** Reads a cacheable value through the view when the transaction has one, else from the database. */
export function throughView<T>(
  view: ReferenceView | null | undefined,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  return view ? view.get(key, load) : load();
}

/** Call in the transaction that creates or updates a collaborative, team or measure (see ReferenceCache). */
export async function bumpReferenceVersion(
  db: Kysely<Database>,
  view: ReferenceView | null | undefined,
): Promise<void> {
  view?.invalidate();
  await db.updateTable('reference_version').set({ version: sql`version + 1` }).where('id', '=', 1).execute();
}
