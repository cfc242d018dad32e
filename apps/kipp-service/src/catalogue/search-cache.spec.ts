import { SearchCache } from './search-cache';

describe('the catalogue search cache', () => {
  it('serves a page until it expires, then loads it again', async () => {
    let now = 0;
    let loads = 0;
    const cache = new SearchCache<number>(1000, 10, () => now);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    now = 1001;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('keeps at most maxEntries, never keeps failures, and is off with a zero TTL', async () => {
    const cache = new SearchCache<string>(1000, 2);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('c', async () => 'c');
    expect(await cache.get('a', async () => 'again')).toBe('again');
    await expect(cache.get('x', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('x', async () => 'up')).toBe('up');
    let loads = 0;
    const off = new SearchCache<number>(0);
    await off.get('a', async () => ++loads);
    await off.get('a', async () => ++loads);
    expect(loads).toBe(2);
  });
});
