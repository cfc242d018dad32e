import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

/** Bytes gathered before one write to the COPY stream: fewer, larger writes keep the parser and PostgreSQL busy. */
const BYTES_PER_WRITE = 256 * 1024;
const CHUNK_BYTES = BYTES_PER_WRITE + 16 * 1024;
/**
 * Bytes the COPY stream may hold unsent before the import waits for PostgreSQL. The stream's own
 * high-water mark (16 KB) is below one chunk, so waiting for every 'drain' made Node stop checking
 * rows while PostgreSQL stored the previous chunk: the two took turns instead of working at once.
 */
const MAX_QUEUED_BYTES = 8 * 1024 * 1024;

/**
 * `COPY … FROM STDIN` (text format) on the connection of an open transaction. Rows go in as the file is
 * checked, so a million-row import streams through once; if the file turns out bad the caller rolls
 * the transaction back and nothing stays. Values must already be valid COPY text and ASCII (the
 * import writes only digits, codes, dates and UUIDs it has checked against ASCII patterns and lists).
 */
export class CopyWriter {
  private readonly stream: CopyStreamQuery;
  // Lines are copied straight into a chunk as latin1 (one byte per character, a plain copy; hence
  // the rule above: rows are ASCII): no array of strings to join and encode, which cost ~0.4 s of
  // CPU per million rows. Each full chunk goes to the stream as is and a fresh one is started.
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
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
   * returns true when the caller should `await flush()` (a full chunk), so a million rows cost a
   * few hundred awaits.
   */
  push(line: string): boolean {
    if (this.used + line.length + 1 > this.chunk.length) this.grow(line.length + 1);
    this.used += this.chunk.write(line, this.used, 'latin1');
    this.chunk[this.used] = 10; // \n
    this.used += 1;
    this.rows += 1;
    return this.used >= BYTES_PER_WRITE;
  }

  /** A line longer than the room left: queue what is there, start a chunk big enough. */
  private grow(bytes: number): void {
    if (this.used) this.stream.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
    this.used = 0;
  }

  /** Sends the queued rows, waiting only if PostgreSQL is behind (back-pressure). */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.used === 0) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    if (!this.stream.write(full) && this.stream.writableLength > MAX_QUEUED_BYTES)
      await Promise.race([once(this.stream, 'drain'), this.finished]);
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
