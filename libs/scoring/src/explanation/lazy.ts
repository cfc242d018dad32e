/**
 * Defines an enumerable property computed on first read and then kept. Scoring 5 000 lokus for a
 * ranking never reads their explanations, so they are not built; JSON.stringify, spread and
 * structuredClone still see the property.
 */
export function defineLazy<T extends object, K extends string, V>(target: T, key: K, build: () => V): T & Record<K, V> {
  let cached: { value: V } | null = null;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!cached) cached = { value: build() };
      return cached.value;
    },
  });
  return target as T & Record<K, V>;
}
