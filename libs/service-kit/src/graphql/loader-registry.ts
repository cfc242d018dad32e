/**
 * Per-request home of DataLoaders: each loader is created on first use and lives as long as the
 * request, so batching and caching never leak between callers.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();

  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}
