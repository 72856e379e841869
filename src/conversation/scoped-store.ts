import type { Repos, Store } from '../domain';

/**
 * The store as flows see it inside the turn's transaction: its repos, and `transaction` as a savepoint of the turn's
 * transaction (a throw undoes only that part). Closing it closes the store.
 */
export function scopedStore(store: Store, tx: Repos): Store {
  return new Proxy(tx as Store, {
    get(target, prop, receiver) {
      if (prop === 'dialect') return store.dialect;
      if (prop === 'close') return () => store.close();
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
