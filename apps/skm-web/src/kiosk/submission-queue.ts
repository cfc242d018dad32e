import type { SubmitSkmResponsesMutation } from '../__generated__/operations';
import type { SkmAnswer, SkmProfile } from '../public-form/form-values';

/** One questionnaire waiting on the tablet; `submissionId` is made here, so a replay is stored once. */
export interface QueuedSubmission extends SkmProfile {
  submissionId: string;
  surveyCode: string;
  deviceId: string;
  answeredAt: string;
  answers: SkmAnswer[];
}

/** What the queue reads of the service's receipt for one questionnaire. */
export type QueueReceipt = Pick<SubmitSkmResponsesMutation['submitSkmResponses'][number], 'submissionId' | 'status'>;

/** Why a send failed: `retry` (offline, server busy, rate limit) keeps the answers; `refused` (bad input, survey closed) drops them. */
export class QueueSendError extends Error {
  constructor(
    readonly kind: 'retry' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'QueueSendError';
  }
}

export interface QueueSnapshot {
  pending: number;
  refused: number;
  sending: boolean;
  /** When the next attempt is due (ms since epoch), or null when nothing waits. */
  nextAttemptAt: number | null;
  lastError: string | null;
}

export interface SubmissionQueueOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Storage key; one queue per survey code. */
  key: string;
  send: (batch: QueuedSubmission[]) => Promise<QueueReceipt[]>;
  isOnline?: () => boolean;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onChange?: (snapshot: QueueSnapshot) => void;
}

interface Stored {
  pending: QueuedSubmission[];
  refused: number;
}

/**
 * The kiosk's outbox. Every answer is written to storage before anything is sent, and leaves it only
 * when the server has answered with a receipt for its submissionId (STORED, or DUPLICATE for a replay
 * the server already holds), so a lost response or a reload resends and the service's dedupe keeps it
 * once. Failed sends back off exponentially (with jitter, capped); the `online` event or a new answer
 * tries again at once. Only one send runs at a time, so nothing is in flight twice from this tab.
 */
export class SubmissionQueue {
  private state: Stored;
  private sending = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextAttemptAt: number | null = null;
  private lastError: string | null = null;
  private readonly batchSize: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: SubmissionQueueOptions) {
    this.batchSize = options.batchSize ?? 20;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.state = this.load();
  }

  snapshot(): QueueSnapshot {
    return {
      pending: this.state.pending.length,
      refused: this.state.refused,
      sending: this.sending,
      nextAttemptAt: this.nextAttemptAt,
      lastError: this.lastError,
    };
  }

  pending(): readonly QueuedSubmission[] {
    return this.state.pending;
  }

  /** Adds an answer (once per submissionId) and tries to send it. */
  enqueue(item: QueuedSubmission): Promise<void> {
    if (!this.state.pending.some((queued) => queued.submissionId === item.submissionId)) {
      this.state = { ...this.state, pending: [...this.state.pending, item] };
      this.save();
    }
    return this.flush();
  }

  /** Sends everything waiting, batch by batch; resolves when the queue is empty or waits for a retry. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.clearTimer();
    if (this.state.pending.length === 0) {
      this.attempt = 0;
      this.emit();
      return;
    }
    if (this.options.isOnline && !this.options.isOnline()) {
      // The browser says offline: wait for the `online` event, with a slow timer in case it lies.
      this.lastError = 'offline';
      this.schedule();
      return;
    }
    this.sending = true;
    this.emit();
    try {
      while (this.state.pending.length > 0) {
        const batch = this.state.pending.slice(0, this.batchSize);
        const ok = await this.sendBatch(batch);
        if (!ok) {
          this.schedule();
          return;
        }
      }
      this.attempt = 0;
      this.lastError = null;
    } finally {
      this.sending = false;
      this.emit();
    }
  }

  /** Stops the retry timer (the page unmounts); the answers stay in storage. */
  dispose(): void {
    this.clearTimer();
  }

  private async sendBatch(batch: QueuedSubmission[]): Promise<boolean> {
    try {
      const receipts = await this.options.send(batch);
      this.remove(new Set(receipts.map((receipt) => receipt.submissionId).filter((id): id is string => id !== null)));
      return true;
    } catch (error) {
      const kind = error instanceof QueueSendError ? error.kind : 'retry';
      this.lastError = error instanceof Error ? error.message : String(error);
      if (kind === 'retry') return false;
      // A refused batch is all-or-nothing on the server: find the one at fault by sending singly.
      if (batch.length > 1) {
        for (const item of batch) {
          if (!(await this.sendBatch([item]))) return false;
        }
        return true;
      }
      this.remove(new Set([batch[0].submissionId]));
      this.state = { ...this.state, refused: this.state.refused + 1 };
      this.save();
      return true;
    }
  }

  private remove(ids: Set<string>): void {
    if (ids.size === 0) return;
    this.state = { ...this.state, pending: this.state.pending.filter((item) => !ids.has(item.submissionId)) };
    this.save();
    this.emit();
  }

  private schedule(): void {
    const exponential = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** this.attempt);
    // Jitter between half and all of the delay, so tablets that regain the network together spread out.
    const delay = Math.round(exponential * (0.5 + 0.5 * (this.options.random ?? Math.random)()));
    this.attempt += 1;
    this.nextAttemptAt = (this.options.now ?? Date.now)() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
    this.emit();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.nextAttemptAt = null;
  }

  private emit(): void {
    this.options.onChange?.(this.snapshot());
  }

  private load(): Stored {
    try {
      const raw = this.options.storage.getItem(this.options.key);
      if (!raw) return { pending: [], refused: 0 };
      const parsed = JSON.parse(raw) as Partial<Stored>;
      return {
        pending: Array.isArray(parsed.pending) ? parsed.pending : [],
        refused: typeof parsed.refused === 'number' ? parsed.refused : 0,
      };
    } catch {
      return { pending: [], refused: 0 };
    }
  }

  private save(): void {
    try {
      this.options.storage.setItem(this.options.key, JSON.stringify(this.state));
    } catch {
      // Storage full or refused: the queue still lives in memory until the page closes.
    }
  }
}
