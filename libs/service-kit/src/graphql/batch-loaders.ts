import DataLoader from 'dataloader';
import type { SubgraphContext } from './subgraph-context';

/**
 * A per-request loader of the children of many parents at once: `fetch` gets every parent id asked
 * for in one tick (one SQL statement), `keyOf` says which parent a row belongs to. Parents without
 * rows get an empty list.
 */
export function listLoader<T>(
  context: SubgraphContext,
  key: string,
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return context.loaders.get(
    key,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const byKey = groupBy(await fetch(ids), keyOf);
        return ids.map((id) => byKey.get(id) ?? []);
      }),
  );
}

/** A per-request loader of at most one row per id (null when there is none), batched like `listLoader`. */
export function rowLoader<T>(
  context: SubgraphContext,
  key: string,
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T | null> {
  return context.loaders.get(
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const found = await fetch(ids);
        const byKey = new Map(found.map((row) => [keyOf(row), row]));
        return ids.map((id) => byKey.get(id) ?? null);
      }),
  );
}

/**
 * A per-request DataLoader under `key`: `fetch` answers many keys in one SQL statement, keys it
 * did not answer get `fallback` (an empty list, or null).
 */
export function requestLoader<V>(
  context: SubgraphContext,
  key: string,
  fetch: (keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: V,
): DataLoader<string, V> {
  return context.loaders.get(
    key,
    () =>
      new DataLoader<string, V>(async (keys) => {
        const found = await fetch(keys);
        return keys.map((id) => found.get(id) ?? fallback);
      }),
  );
}

/** Groups rows into lists by a key column. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
