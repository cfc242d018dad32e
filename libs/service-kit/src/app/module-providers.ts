import { MODULE_METADATA } from '@nestjs/common/constants';
import type { Type } from '@nestjs/common';

/**
 * The provider classes declared by the given (static) Nest modules, e.g. a service's feature
 * modules, so `rootResolverMethods` checks every resolver a module declares without a second list
 * that could forget one. Value and factory providers are skipped.
 */
export function moduleProviderClasses(modules: readonly Type<unknown>[]): Type<unknown>[] {
  return modules.flatMap((module) =>
    ((Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? []) as unknown[]).filter(
      (provider): provider is Type<unknown> => typeof provider === 'function',
    ),
  );
}
