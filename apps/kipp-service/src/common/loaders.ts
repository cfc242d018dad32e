import DataLoader from 'dataloader';
import type { SubgraphContext } from '@simpul/service-kit';

/**
 * A per-request DataLoader under `key`: `fetch` answers many keys in one SQL statement, keys it
 * did not answer get `fallback` (an empty list, or null).
 */
export function requestLoader<V>(context: SubgraphContext, key: string, fetch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  return context.loaders.get(key, () => new DataLoader<string, V>(async (keys) => {
    const found = await fetch(keys);
    return keys.map((id) => found.get(id) ?? fallback);
  }));
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
