import DataLoader from 'dataloader';
import type { SubgraphContext } from './subgraph-context';

/**
 * A per-request loader of the children of many parents at once: `fetch` gets every parent id asked
 * for in one tick (one SQL statement), `keyOf` says which parent a row belongs to. Parents without
 * rows get an empty list.
 */
export function listLoader<T>(context: SubgraphContext, key: string, fetch: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return context.loaders.get(key, () =>
    new DataLoader<string, T[]>(async (ids) => {
      const found = await fetch(ids);
      const byKey = new Map<string, T[]>();
      for (const row of found) {
        const list = byKey.get(keyOf(row));
        if (list) list.push(row);
        else byKey.set(keyOf(row), [row]);
      }
      return ids.map((id) => byKey.get(id) ?? []);
    }),
  );
}

/** A per-request loader of at most one row per id (null when there is none), batched like `listLoader`. */
export function rowLoader<T>(context: SubgraphContext, key: string, fetch: (ids: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T | null> {
  return context.loaders.get(key, () =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await fetch(ids);
      const byKey = new Map(found.map((row) => [keyOf(row), row]));
      return ids.map((id) => byKey.get(id) ?? null);
    }),
  );
}
