import { isBackgroundWork, runInBackground } from './background-work';
import { QueryCounter } from './query-counter';

describe('background work', () => {
  it('is known as such across awaits, and only inside', async () => {
    expect(isBackgroundWork()).toBe(false);
    const seen = await runInBackground(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return isBackgroundWork();
    });
    expect(seen).toBe(true);
    expect(isBackgroundWork()).toBe(false);
  });

  it('is not counted as a request statement, however the two interleave', async () => {
    const counter = new QueryCounter();
    const request = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      counter.logQuery('SELECT 1 -- the request');
    })();
    const timer = runInBackground(async () => {
      counter.logQuery('SELECT 2 -- a refresh');
      await new Promise((resolve) => setImmediate(resolve));
      counter.logQuery('SELECT 3 -- the refresh again');
    });
    await Promise.all([request, timer]);
    expect(counter.count).toBe(1);
  });
});
