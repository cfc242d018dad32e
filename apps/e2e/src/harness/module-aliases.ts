import Module from 'node:module';

type Resolve = (this: unknown, request: string, ...rest: unknown[]) => string;

/**
 * Jest loads global hooks with plain Node resolution, outside its module map, so the workspace
 * aliases (@simpul/…) would not resolve there. This applies the project's own moduleNameMapper
 * (built from tsconfig.base.json by jest.preset.cjs) to Node's resolver, once.
 */
export function resolveAliasesLikeJest(moduleNameMapper: readonly (readonly [string, string | string[]])[] | undefined): void {
  const resolver = Module as unknown as { _resolveFilename: Resolve; __simpulAliases?: true };
  if (resolver.__simpulAliases || !moduleNameMapper?.length) return;
  const mappings = moduleNameMapper.map(([pattern, target]) => [new RegExp(pattern), Array.isArray(target) ? target[0] : target] as const);
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function resolveAlias(request, ...rest) {
    const mapped = mappings.find(([pattern]) => pattern.test(request));
    return original.call(this, mapped ? mapped[1] : request, ...rest);
  };
  resolver.__simpulAliases = true;
}
