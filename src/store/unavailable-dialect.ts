import type { DatabaseConnection, Dialect, Driver } from 'kysely';
import { DomainError } from '../domain/errors';
import { isStoreUnavailable } from './db-errors';

/** The error every store call raises while the database is unreachable; the driver error is its cause. */
export function storeUnavailable(cause: unknown): DomainError {
  const err = new DomainError('STORE_UNAVAILABLE', {}, 'the database is unavailable');
  return Object.assign(err, { cause });
}

function mapped(err: unknown): unknown {
  return isStoreUnavailable(err) ? storeUnavailable(err) : err;
}

// Wraps every promise-returning method of `target`: a connection failure becomes STORE_UNAVAILABLE, so the core
// answers "try again shortly" without knowing driver error codes; other errors (unique violations …) pass as they are.
function mapErrors<T extends object>(target: T, wrapResult?: (value: unknown) => unknown): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'streamQuery') return value;
      return (...args: unknown[]) => {
        const out = (value as (...a: unknown[]) => unknown).apply(obj, args);
        if (!(out instanceof Promise)) return out;
        return out.then(wrapResult ?? ((v) => v), (err: unknown) => Promise.reject(mapped(err)));
      };
    },
  });
}

/** A dialect whose driver reports unreachable-database errors as DomainError('STORE_UNAVAILABLE'). */
export function withUnavailableErrors(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: (): Driver => {
      // One wrapper per connection, so Kysely sees the same object each time it acquires it (it patches a new
      // connection once, e.g. for its log hook; a fresh wrapper per acquire would be patched again and again).
      const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
      const wrap = (conn: DatabaseConnection) => {
        let w = wrapped.get(conn);
        if (!w) {
          w = mapErrors(conn);
          wrapped.set(conn, w);
        }
        return w;
      };
      return mapErrors(dialect.createDriver(), (value) =>
        value && typeof value === 'object' && 'executeQuery' in value ? wrap(value as DatabaseConnection) : value,
      );
    },
  };
}
