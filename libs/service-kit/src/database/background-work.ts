import { AsyncLocalStorage } from 'node:async_hooks';

const background = new AsyncLocalStorage<true>();

/**
 * Runs work no request asked for (a timer's refresh, clean-up or retry) marked as such, so counters
 * of a request's SQL statements leave it out however the timer and the request interleave.
 */
export function runInBackground<T>(work: () => T): T {
  return background.run(true, work);
}

/** True inside `runInBackground`, across every await of that work. */
export function isBackgroundWork(): boolean {
  return background.getStore() === true;
}
