import { Worker } from 'node:worker_threads';
import type { DocumentRow } from './document-row';
import type { IndexHost, IndexSearch, IndexStats } from './index-host';
import type { MemoryPage } from './search-memory-index';

/**
 * The index in a worker thread of its own (search-memory.worker.ts), so matching and ranking run
 * beside the HTTP and GraphQL work of the process's main thread instead of between it. Calls are
 * messages answered in order; when the worker fails, every waiting call is refused and `onFailure`
 * is told (the owner then searches PostgreSQL and starts a new one).
 */
export class WorkerIndexHost implements IndexHost {
  private readonly worker = new Worker(new URL('./search-memory.worker.ts', import.meta.url));
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor(onFailure: (error: Error) => void) {
    this.worker.unref();
    this.worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const call = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === undefined) call?.resolve(result);
      else call?.reject(new Error(error));
    });
    const fail = (error: Error) => {
      if (this.failed) return;
      this.failed = error;
      for (const call of this.waiting.values()) call.reject(error);
      this.waiting.clear();
      onFailure(error);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search index worker stopped (exit code ${code})`)));
  }

  begin(): Promise<void> {
    return this.call('begin');
  }

  load(rows: DocumentRow[]): Promise<void> {
    return this.call('load', rows);
  }

  commit(): Promise<IndexStats> {
    return this.call('commit');
  }

  change(puts: DocumentRow[], gone: { kind: string; sourceId: string }[]): Promise<IndexStats> {
    return this.call('change', puts, gone);
  }

  search(search: IndexSearch): Promise<MemoryPage> {
    return this.call('search', search);
  }

  async close(): Promise<void> {
    this.failed ??= new Error('closed');
    await this.worker.terminate();
  }

  private call<T>(method: keyof IndexHost, ...args: unknown[]): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = (this.nextId += 1);
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, args });
    });
  }
}
