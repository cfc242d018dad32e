import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '../clock';
import type { JobSource, ServiceJob } from './service-job';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** pg-boss's own PostgreSQL schema in the service's database, e.g. `mpp_jobs`. */
  schema: string;
  /** Providers (declared in the service's modules) whose `jobs()` are scheduled. */
  sources: Type<JobSource>[];
  /**
   * Start pg-boss and schedule the jobs. Defaults to on, except under Jest and when SIMPUL_JOBS=off
   * (the `run-jobs` command, a replica that should only serve requests).
   */
  scheduled?: boolean;
  /** Seconds after start before each job runs once (default 10), so a fresh deployment does not wait for the cron. */
  firstRunAfterSeconds?: number;
  /** How often pg-boss checks its cron table and queues (seconds, 1–45); tests make it short. */
  pollSeconds?: number;
}

export function jobsScheduledByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SIMPUL_JOBS !== 'off' && env.JEST_WORKER_ID === undefined;
}

/**
 * Runs a service's jobs with pg-boss in the service's own database: on bootstrap it installs its
 * schema, registers a queue and a cron schedule per job, works the queues, and queues one run of each
 * job shortly after start; on shutdown it stops. Schedules and queues live in PostgreSQL, so however
 * many replicas run, each cron occurrence becomes one job worked by one of them.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss: PgBoss | undefined;

  constructor(
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly modules: ModuleRef,
    private readonly dataSource: DataSource,
  ) {}

  /** Every job of the service, from its sources. */
  jobs(): ServiceJob[] {
    return this.options.sources.flatMap((source) => this.modules.get(source, { strict: false }).jobs());
  }

  /** Runs every job once now, one after another (the `run-jobs` command); resolves with what each returned. */
  async runAllNow(): Promise<{ name: string; result: unknown }[]> {
    const now = this.clock().now();
    const results: { name: string; result: unknown }[] = [];
    for (const job of this.jobs()) results.push({ name: job.name, result: await job.run(now) });
    return results;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!(this.options.scheduled ?? jobsScheduledByDefault()) || !this.dataSource.isInitialized) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return;
    const poll = this.options.pollSeconds;
    const boss = new PgBoss({
      connectionString: url,
      schema: this.options.schema,
      application_name: `simpul-${this.options.schema}`,
      max: 4,
      ...(poll ? { cronWorkerIntervalSeconds: poll, cronMonitorIntervalSeconds: poll } : {}),
    });
    boss.on('error', (error: Error) => console.error(`jobs (${this.options.schema}): ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const job of this.jobs()) await this.register(boss, job);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  private async register(boss: PgBoss, job: ServiceJob): Promise<void> {
    // stately: at most one run waiting and one running, whichever replica queued it.
    await boss.createQueue(job.name, { policy: 'stately', retryLimit: 2, retryDelay: 60 });
    await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    await boss.work(job.name, { pollingIntervalSeconds: this.options.pollSeconds ?? 2 }, async () => {
      await job.run(this.clock().now());
    });
    await boss.send(job.name, {}, { startAfter: this.options.firstRunAfterSeconds ?? 10 });
  }

  private clock(): Clock {
    try {
      return this.modules.get(Clock, { strict: false });
    } catch {
      return new SystemClock();
    }
  }
}
