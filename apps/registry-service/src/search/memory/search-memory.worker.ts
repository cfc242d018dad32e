import { parentPort } from 'node:worker_threads';
import { LocalIndexHost, type IndexHost } from './index-host';

/**
 * The worker thread that holds a registry process's copy of the search index (WorkerIndexHost):
 * each message is a call of IndexHost, answered with its result (or its error) under the same id,
 * in the order they came.
 */
const host = new LocalIndexHost();
type Call = { id: number; method: keyof IndexHost; args: unknown[] };

parentPort!.on('message', ({ id, method, args }: Call) => {
  const run = (host[method] as (...args: unknown[]) => Promise<unknown>).bind(host);
  run(...args).then(
    (result) => parentPort!.postMessage({ id, result }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
