import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInBackground, type MailSender } from '@simpul/service-kit';
import { MAIL_SENDER } from './mail-sender.token';

interface OutboxRow {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
}

/** Messages that failed this often stay in the outbox with their last error, for a person to look at. */
const MAX_ATTEMPTS = 12;
const RETRY_EVERY_MS = 30_000;

/**
 * Delivers registry.mail_outbox: right after the transaction that wrote a message commits, and every
 * 30 s for messages whose delivery failed (the error is kept; the wait grows a minute per attempt).
 * A row is claimed by pushing its next attempt forward in one UPDATE, so two processes never send
 * the same message. Over SMTP, the bodies (which carry one-time links) are cleared once sent; the
 * development console transport keeps them.
 */
@Injectable()
export class MailDelivery implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void runInBackground(() => this.deliverDue()), RETRY_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.sender.close();
  }

  /** Delivers these messages now if nobody else is; never throws (a failure is recorded and retried). */
  async deliver(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.claimAndSend('id = ANY($1::uuid[])', [ids]);
  }

  /** Every message whose turn has come. */
  async deliverDue(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    // A run in progress may have read the outbox before this caller's messages came due: wait for it,
    // then run again, rather than return having sent nothing.
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.claimAndSend('true', []).finally(() => (this.running = undefined));
    await this.running;
  }

  private async claimAndSend(condition: string, params: unknown[]): Promise<void> {
    let rows: OutboxRow[];
    try {
      [rows] = await this.dataSource.query<[OutboxRow[], number]>(
        `UPDATE registry.mail_outbox
         SET attempts = attempts + 1, next_attempt_at = now() + make_interval(mins => attempts + 1)
         WHERE ${condition} AND sent_at IS NULL AND next_attempt_at <= now() AND attempts < ${MAX_ATTEMPTS}
         RETURNING id, recipient, subject, text_body, html_body`,
        params,
      );
    } catch (error) {
      console.error(`mail outbox: could not read pending messages: ${(error as Error).message}`);
      return;
    }
    for (const row of rows) {
      try {
        await this.sender.send({ to: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body });
        const scrub = this.sender.transport === 'smtp';
        await this.dataSource.query(
          `UPDATE registry.mail_outbox SET sent_at = now(), transport = $2, last_error = NULL
             ${scrub ? ", text_body = '', html_body = ''" : ''} WHERE id = $1`,
          [row.id, this.sender.transport],
        );
      } catch (error) {
        const reason = (error as Error).message.slice(0, 500);
        console.error(`mail outbox: delivery to ${row.recipient} failed (${reason}); it will be retried`);
        await this.dataSource
          .query(`UPDATE registry.mail_outbox SET last_error = $2 WHERE id = $1`, [row.id, reason])
          .catch(() => undefined);
      }
    }
  }
}
