import { forwardRef, memo } from 'react';
import { PLUGIN_KIND, PLUGIN_SDK_VERSION, definePlugin, isDefinedPlugin, pluginFromModule, type PluginProps } from './define-plugin';

const Component = ({ context }: PluginProps) => context.serviceUnitId;

describe('definePlugin', () => {
  it('gives the module a plugin exports: its component, marked and frozen', () => {
    const plugin = definePlugin({ component: Component, name: 'samsat-tax' });
    expect(plugin).toEqual({ kind: PLUGIN_KIND, sdkVersion: PLUGIN_SDK_VERSION, component: Component, name: 'samsat-tax' });
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(definePlugin({ component: Component }).name).toBeNull();
  });

  it('accepts memo() and forwardRef() components, which are objects', () => {
    expect(definePlugin({ component: memo(Component) }).component).toBeDefined();
    expect(isDefinedPlugin(definePlugin({ component: forwardRef<HTMLDivElement, PluginProps>(() => null) }))).toBe(true);
  });

  it('refuses something that is not a component, or an empty name', () => {
    expect(() => definePlugin({ component: 'div' as unknown as typeof Component })).toThrow(/must be a React component/);
    expect(() => definePlugin({ component: {} as unknown as typeof Component })).toThrow(TypeError);
    expect(() => definePlugin({ component: Component, name: '  ' })).toThrow(/non-empty string/);
  });
});

describe('isDefinedPlugin and pluginFromModule', () => {
  const plugin = definePlugin({ component: Component });

  it('recognise the shape, also when it comes from another copy of the SDK', () => {
    expect(isDefinedPlugin({ ...plugin })).toBe(true);
    expect(isDefinedPlugin({ ...plugin, sdkVersion: 2 })).toBe(false);
    expect(isDefinedPlugin({ ...plugin, kind: 'other' })).toBe(false);
    expect(isDefinedPlugin({ ...plugin, component: 42 })).toBe(false);
    expect(isDefinedPlugin(Component)).toBe(false);
    expect(isDefinedPlugin(null)).toBe(false);
  });

  it('find the plugin as the default export of a module namespace, or as the module itself', () => {
    expect(pluginFromModule({ default: plugin })).toBe(plugin);
    expect(pluginFromModule(plugin)).toBe(plugin);
    expect(pluginFromModule({ default: Component })).toBeNull();
    expect(pluginFromModule({ plugin })).toBeNull();
    expect(pluginFromModule(undefined)).toBeNull();
  });
});
