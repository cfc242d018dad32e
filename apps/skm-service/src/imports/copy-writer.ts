import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

/** Lines gathered before one write to the COPY stream: fewer, larger writes keep the parser and PostgreSQL busy. */
const LINES_PER_WRITE = 2_000;

/**
 * `COPY … FROM STDIN` (text format) on the connection of an open transaction. Rows go in as the file is
 * checked, so a million-row import streams through once; if the file turns out bad the caller rolls
 * the transaction back and nothing stays. Values must already be valid COPY text (the import writes
 * only digits, codes, dates and UUIDs it has checked).
 */
export class CopyWriter {
  private readonly stream: CopyStreamQuery;
  private buffer: string[] = [];
  private failure: Error | null = null;
  private readonly finished: Promise<void>;
  rows = 0;

  constructor(client: PoolClient, statement: string) {
    this.stream = client.query(copyFrom(statement));
    this.stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
    this.finished = new Promise((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
    this.finished.catch(() => undefined);
  }

  /**
   * Queues one row already in COPY text form (tab-separated, \N for null), without awaiting:
   * returns true when the caller should `await flush()` (a full buffer), so a million rows cost a
   * few hundred awaits.
   */
  push(line: string): boolean {
    this.buffer.push(line);
    this.rows += 1;
    return this.buffer.length >= LINES_PER_WRITE;
  }

  /** Sends the queued rows, waiting only if PostgreSQL is behind (back-pressure). */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.finished]);
  }

  /** Cancels an unfinished COPY (PostgreSQL gets CopyFail), so the connection can roll back. */
  async abort(): Promise<void> {
    if (this.stream.writableFinished || this.stream.destroyed) return;
    this.stream.destroy(new Error('import cancelled'));
    await this.finished.catch(() => undefined);
  }

  /** Sends what is left and waits until PostgreSQL has taken every row. */
  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await this.finished;
    return this.rows;
  }
}
