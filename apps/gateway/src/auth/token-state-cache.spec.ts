import { TokenStateCache, tokenNewerThan, tokenStillValid, type TokenState } from './token-state-cache';

function counter(answers: Record<string, TokenState | null | Error>) {
  const lookups: string[] = [];
  const lookup = async (userId: string) => {
    lookups.push(userId);
    const answer = answers[userId];
    if (answer instanceof Error) throw answer;
    return answer ?? { tokenVersion: 0, active: true };
  };
  return { lookup, lookups };
}

describe('token state cache', () => {
  it('asks the registry once per user within 30 seconds, then again', async () => {
    let now = 0;
    const { lookup, lookups } = counter({});
    const cache = new TokenStateCache(lookup, { now: () => now });
    for (let i = 0; i < 50; i += 1) await cache.get('u1');
    now = 29_999;
    await cache.get('u1');
    expect(lookups).toEqual(['u1']);
    now = 30_000;
    await cache.get('u1');
    expect(lookups).toEqual(['u1', 'u1']);
  });

  it('shares one lookup between concurrent requests of the same user', async () => {
    const { lookup, lookups } = counter({});
    const cache = new TokenStateCache(lookup);
    await Promise.all(Array.from({ length: 20 }, () => cache.get('u1')));
    expect(lookups).toEqual(['u1']);
  });

  it('remembers a bounded number of users, dropping the least recently used', async () => {
    const { lookup, lookups } = counter({});
    const cache = new TokenStateCache(lookup, { maxEntries: 2, now: () => 0 });
    await cache.get('a');
    await cache.get('b');
    await cache.get('a');
    await cache.get('c');
    expect(cache.size).toBe(2);
    await cache.get('a');
    await cache.get('b');
    expect(lookups).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps using a recent answer while the registry cannot be reached, but not forever', async () => {
    let now = 0;
    const answers: Record<string, TokenState | null | Error> = { u1: { tokenVersion: 2, active: true } };
    const cache = new TokenStateCache(counter(answers).lookup, { now: () => now });
    await cache.get('u1');
    answers.u1 = new Error('registry down');
    now = 45_000;
    await expect(cache.get('u1')).resolves.toEqual({ tokenVersion: 2, active: true });
    now = 60_000;
    await expect(cache.get('u1')).rejects.toThrow('registry down');
  });

  it('asks again at once when told to, and the fresh answer is remembered', async () => {
    const answers: Record<string, TokenState | null | Error> = { u1: { tokenVersion: 1, active: true } };
    const { lookup, lookups } = counter(answers);
    const cache = new TokenStateCache(lookup, { now: () => 0 });
    await cache.get('u1');
    answers.u1 = { tokenVersion: 2, active: true };
    await expect(cache.refresh('u1')).resolves.toEqual({ tokenVersion: 2, active: true });
    await expect(cache.get('u1')).resolves.toEqual({ tokenVersion: 2, active: true });
    expect(lookups).toEqual(['u1', 'u1']);
  });

  it('knows a remembered answer cannot judge a token minted after it', () => {
    expect(tokenNewerThan({ tokenVersion: 1, active: true }, 2)).toBe(true);
    expect(tokenNewerThan({ tokenVersion: 2, active: false }, 2)).toBe(true);
    expect(tokenNewerThan({ tokenVersion: 2, active: true }, 2)).toBe(false);
    expect(tokenNewerThan({ tokenVersion: 3, active: true }, 2)).toBe(false);
    expect(tokenNewerThan(null, 5)).toBe(false);
  });

  it('accepts a token only at the current version of an active, existing user', () => {
    expect(tokenStillValid({ tokenVersion: 3, active: true }, 3)).toBe(true);
    expect(tokenStillValid({ tokenVersion: 4, active: true }, 3)).toBe(false);
    expect(tokenStillValid({ tokenVersion: 3, active: false }, 3)).toBe(false);
    expect(tokenStillValid(null, 0)).toBe(false);
  });
});
