import { LoaderRegistry } from './loader-registry';

describe('LoaderRegistry', () => {
  it('creates a loader once per key and request', () => {
    const registry = new LoaderRegistry();
    let created = 0;
    const make = () => ({ id: (created += 1) });
    expect(registry.get('a', make)).toBe(registry.get('a', make));
    expect(registry.get('b', make)).not.toBe(registry.get('a', make));
    expect(created).toBe(2);
    expect(new LoaderRegistry().get('a', make)).not.toBe(registry.get('a', make));
  });
});
