import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { runInBackground } from '@simpul/service-kit';
import { DataSource } from 'typeorm';

const EVERY_MS = 60 * 60_000;

/**
 * Hourly clean-up of identity bookkeeping nobody needs any more: throttling counters quiet for a
 * day, sessions and link tokens ended 30 days ago, e-mails delivered 30 days ago.
 */
@Injectable()
export class IdentityHousekeeping implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void runInBackground(() => this.run()).catch((error: Error) => console.error(`identity housekeeping: ${error.message}`)),
      EVERY_MS,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.dataSource.query(
      `DELETE FROM registry.sign_in_throttle WHERE coalesce(greatest(last_failure_at, blocked_until), 'epoch') < now() - interval '1 day'`,
    );
    await this.dataSource.query(
      `DELETE FROM registry.sessions WHERE least(coalesce(revoked_at, expires_at), expires_at) < now() - interval '30 days'`,
    );
    await this.dataSource.query(
      `DELETE FROM registry.password_tokens WHERE least(coalesce(used_at, expires_at), expires_at) < now() - interval '30 days'`,
    );
    await this.dataSource.query(`DELETE FROM registry.mail_outbox WHERE sent_at < now() - interval '30 days'`);
  }
}
