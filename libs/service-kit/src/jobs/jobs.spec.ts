import { Global, Injectable, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Clock, FixedClock } from '../clock';
import { createEmptyDatabase, type TestDatabase } from '../testing/test-database';
import { JobRunner } from './job-runner';
import { JobsModule } from './jobs.module';
import type { JobsOptions } from './job-runner';
import type { JobSource, ServiceJob } from './service-job';

/** Two jobs that record when they ran: one every minute, one once a year. */
@Injectable()
class RecordingJobs implements JobSource {
  readonly runs: Record<string, Date[]> = { 'every-minute': [], yearly: [] };

  jobs(): ServiceJob[] {
    return [
      { name: 'every-minute', cron: '* * * * *', run: async (now) => this.runs['every-minute'].push(now) },
      { name: 'yearly', cron: '0 0 1 1 *', run: async (now) => this.runs.yearly.push(now) },
    ];
  }
}

async function startApp(url: string, jobs: Partial<JobsOptions>, clock?: Clock): Promise<INestApplication> {
  // What a service's database and options modules give every module: the data source and the clock.
  const shared = [
    { provide: DataSource, useFactory: () => new DataSource({ type: 'postgres', url }).initialize() },
    ...(clock ? [{ provide: Clock, useValue: clock }] : []),
  ];
  @Global()
  @Module({ providers: shared, exports: shared.map((provider) => provider.provide) })
  class SharedModule {}

  @Module({
    imports: [SharedModule, JobsModule.forRoot({ schema: 'test_jobs', sources: [RecordingJobs], ...jobs })],
    providers: [RecordingJobs],
  })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { logger: ['error'] });
  app.enableShutdownHooks();
  await app.init();
  return app;
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function schemas(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace`)).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('service jobs on pg-boss (real PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('jobs');
  });
  afterAll(() => database?.drop());

  it('under Jest nothing is scheduled unless asked; run-jobs runs every job once with the service clock', async () => {
    const app = await startApp(database.url, {}, new FixedClock('2027-01-05'));
    try {
      const results = await app.get(JobRunner).runAllNow();
      expect(results.map((result) => result.name)).toEqual(['every-minute', 'yearly']);
      const runs = app.get(RecordingJobs).runs;
      expect(runs['every-minute']).toEqual([new FixedClock('2027-01-05').now()]);
      expect(runs.yearly).toHaveLength(1);
      expect(await schemas(database.url)).not.toContain('test_jobs');
    } finally {
      await app.close();
    }
  });

  it('scheduled: each job runs once shortly after start, and pg-boss runs the cron job when it is due', async () => {
    const app = await startApp(database.url, { scheduled: true, pollSeconds: 1, firstRunAfterSeconds: 0 });
    try {
      const runs = app.get(RecordingJobs).runs;
      // The first run after start (the yearly job's cron is months away, so that run is this one).
      await until(() => runs.yearly.length >= 1, 60_000);
      // The minute job: its start-up run, then the cron's next minute.
      await until(() => runs['every-minute'].length >= 2, 150_000);
      expect(await schemas(database.url)).toContain('test_jobs');
    } finally {
      await app.close();
    }
  }, 180_000);
});
