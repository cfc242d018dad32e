import type { Type } from '@nestjs/common';
import { ACCESS_METADATA } from './access';

/** Where @nestjs/graphql records whether a method is a Query, Mutation or Subscription. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface RootResolverMethod {
  name: string;
  type: string;
  hasAccess: boolean;
}

/**
 * Every Query/Mutation/Subscription handler of the given resolver classes and whether it declares
 * `@Access(...)` (on itself or its class). Each service's test asserts none is missing, which makes
 * "every resolver declares its access" a checked rule rather than a convention.
 */
export function rootResolverMethods(resolvers: readonly Type<unknown>[]): RootResolverMethod[] {
  return resolvers.flatMap((resolver) => {
    const prototype = resolver.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function')
      .map((name) => {
        const handler = prototype[name] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        const hasAccess =
          Reflect.getMetadata(ACCESS_METADATA, handler) !== undefined || Reflect.getMetadata(ACCESS_METADATA, resolver) !== undefined;
        return { name: `${resolver.name}.${name}`, type: type ?? '', hasAccess };
      })
      .filter((method) => ROOT_TYPES.has(method.type));
  });
}
