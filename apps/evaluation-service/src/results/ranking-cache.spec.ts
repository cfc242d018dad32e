import { RankingCache } from './ranking-cache';
import type { StoredResult } from './result.row';

const rows = [{ id: 'r1' }] as unknown as StoredResult[];

describe('RankingCache', () => {
  it('serves an entry until its TTL passes', () => {
    const cache = new RankingCache(1000);
    cache.set('c1', 'PROVINCE:SAMSAT', rows, 0);
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 999)).toBe(rows);
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 1001)).toBeUndefined();
  });

  it('a correction clears every cohort of its cycle and nothing else', () => {
    const cache = new RankingCache(1000);
    cache.set('c1', 'PROVINCE:SAMSAT', rows, 0);
    cache.set('c1', 'PROVINCE:DPMPTSP', rows, 0);
    cache.set('c2', 'PROVINCE:SAMSAT', rows, 0);
    cache.clearCycle('c1');
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 1)).toBeUndefined();
    expect(cache.get('c1', 'PROVINCE:DPMPTSP', 1)).toBeUndefined();
    expect(cache.get('c2', 'PROVINCE:SAMSAT', 1)).toBe(rows);
  });

  it('does not keep rows read before a clear (they may predate the change that caused it)', () => {
    const cache = new RankingCache(1000);
    const readAt = cache.generation;
    cache.clearCycle('c1');
    cache.set('c1', 'PROVINCE:SAMSAT', rows, 0, readAt);
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 1)).toBeUndefined();
    cache.set('c1', 'PROVINCE:SAMSAT', rows, 0, cache.generation);
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 1)).toBe(rows);
    cache.clear();
    expect(cache.get('c1', 'PROVINCE:SAMSAT', 1)).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new RankingCache(1000, 2);
    cache.set('c1', 'a', rows, 0);
    cache.set('c1', 'b', rows, 0);
    cache.set('c1', 'c', rows, 0);
    expect(cache.get('c1', 'a', 1)).toBeUndefined();
    expect(cache.get('c1', 'c', 1)).toBe(rows);
  });
});
