import type { ComponentType } from 'react';
import type { PluginContext } from './plugin-context';

/** The props the portal renders a plugin's component with. */
export interface PluginProps {
  readonly context: PluginContext;
}

/** A plugin's React component: it receives `{ context }` and renders inside the portal's page. */
export type PluginComponent = ComponentType<PluginProps>;

/** Marks the object `definePlugin` returns, so the portal can tell a plugin module from anything else. */
export const PLUGIN_KIND = 'simpul.desk-plugin';
/** Raised when the shape below changes; the portal refuses a plugin built for another version. */
export const PLUGIN_SDK_VERSION = 1;

/** What a plugin's exposed module exports as its default export. */
export interface DefinedPlugin {
  readonly kind: typeof PLUGIN_KIND;
  readonly sdkVersion: typeof PLUGIN_SDK_VERSION;
  readonly component: PluginComponent;
  /** A name for error messages and React DevTools; the portal shows the registered name to people. */
  readonly name: string | null;
}

export interface PluginDefinition {
  component: PluginComponent;
  name?: string;
}

// Function components and classes are functions; memo() and forwardRef() give objects with $$typeof.
function isComponent(value: unknown): value is PluginComponent {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && typeof (value as { $$typeof?: unknown }).$$typeof === 'symbol';
}

/**
 * Declares a plugin. Export the result as the default export of the module you expose:
 *
 * ```ts
 * export default definePlugin({ component: SamsatTaxPlugin, name: 'samsat-tax' });
 * ```
 */
export function definePlugin(definition: PluginDefinition): DefinedPlugin {
  if (!isComponent(definition.component)) {
    throw new TypeError('definePlugin: `component` must be a React component (a function, a class, memo() or forwardRef()).');
  }
  if (definition.name !== undefined && (typeof definition.name !== 'string' || definition.name.trim() === '')) {
    throw new TypeError('definePlugin: `name`, when given, must be a non-empty string.');
  }
  return Object.freeze({
    kind: PLUGIN_KIND,
    sdkVersion: PLUGIN_SDK_VERSION,
    component: definition.component,
    name: definition.name ?? null,
  });
}

/** True for what `definePlugin` returned (also across bundles: it checks the shape, not the identity). */
export function isDefinedPlugin(value: unknown): value is DefinedPlugin {
  if (typeof value !== 'object' || value === null) return false;
  const plugin = value as Record<string, unknown>;
  return plugin['kind'] === PLUGIN_KIND && plugin['sdkVersion'] === PLUGIN_SDK_VERSION && isComponent(plugin['component']);
}

/**
 * The plugin inside a loaded module: a container's exposed module is its namespace
 * (`{ default: … }`), some loaders the default export itself. Null when neither is a plugin.
 */
export function pluginFromModule(module: unknown): DefinedPlugin | null {
  if (isDefinedPlugin(module)) return module;
  if (typeof module === 'object' && module !== null && 'default' in module) {
    const exported: unknown = module.default;
    if (isDefinedPlugin(exported)) return exported;
  }
  return null;
}
