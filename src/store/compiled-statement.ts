import { type Compilable, type CompiledQuery, createQueryId, type Kysely, type QueryResult } from 'kysely';
import { dialectOf } from './dialect-of';
import type { Database } from './tables';

/** A value a compiled statement takes as a parameter: one bound value each, never a list. */
export type Scalar = string | number | boolean | null;

interface Template<R> {
  query: CompiledQuery<R>;
  /** Per parameter of `query`: the name of the argument it takes, or a constant the builder put there. */
  slots: ({ arg: string } | { constant: unknown })[];
}

/**
 * A hot statement built and compiled by Kysely once per dialect (and per transaction or not), then run with each
 * call's arguments: Kysely's builders and compiler cost a few tens of microseconds per statement, on every turn.
 * `build` must give the same SQL for any arguments: no `$if` or branch on their values (branches on the database
 * handle are fine: the template is per dialect and per `isTransaction`), and each argument bound once or more as a
 * plain value (Kysely binds lists as several parameters, so Scalar excludes them). A call with an undefined
 * argument is built and compiled as usual.
 * https://kysely.dev/docs/recipes/splitting-query-building-and-execution
 */
export function compiledStatement<A extends Record<string, Scalar>, R>(
  build: (db: Kysely<Database>, args: A) => Compilable<R>,
): (db: Kysely<Database>, args: A) => Promise<QueryResult<R>> {
  const templates = new Map<string, Template<R>>();
  const compile = (db: Kysely<Database>, names: string[]): Template<R> => {
    // Stand-ins for the arguments; each is found again by identity among the compiled parameters.
    const standIns = new Map<unknown, string>(names.map((name) => [{ standIn: name }, name]));
    const args = Object.fromEntries([...standIns].map(([s, name]) => [name, s])) as unknown as A;
    const query = build(db, args).compile();
    const slots = query.parameters.map((p) => {
      const arg = standIns.get(p);
      return arg === undefined ? { constant: p } : { arg };
    });
    const bound = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
    const unbound = names.filter((n) => !bound.has(n));
    if (unbound.length > 0) throw new Error(`compiledStatement: arguments not bound as parameters: ${unbound}`);
    return { query, slots };
  };
  return (db, args) => {
    const names = Object.keys(args);
    // Kysely leaves out an insert's undefined columns: such a call is built as it comes.
    if (names.some((n) => args[n] === undefined)) return db.executeQuery(build(db, args));
    const key = `${dialectOf(db)} ${db.isTransaction} ${names.join(' ')}`;
    let template = templates.get(key);
    if (!template) {
      template = compile(db, names);
      templates.set(key, template);
    }
    const parameters = template.slots.map((s) => ('arg' in s ? args[s.arg] : s.constant));
    return db.executeQuery<R>({ ...template.query, parameters, queryId: createQueryId() });
  };
}
