import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSourceOptions } from 'typeorm';
import { readSecret } from '../auth/secrets';
import { checkDatabase } from '../database/check-database';
import { revertLastMigration, runMigrations } from '../database/migrations';
import { seedDemoWanted } from '../seed-demo';
import { createSubgraphApp } from './create-subgraph-app';
import { assertPortFree } from './port-check';
import { printSubgraphSdl } from '../graphql/print-sdl';
import { JobRunner } from '../jobs/job-runner';

/** What a subgraph's `main.ts` tells the shared command line about itself. */
export interface ServiceDefinition {
  /** Short name used in messages and logs: `registry`, `mpp`. */
  name: string;
  defaultPort: number;
  /** The root module; `null` for `print-schema`, which needs no database. */
  module(databaseUrl: string | null): DynamicModule;
  dataSourceOptions(databaseUrl: string): DataSourceOptions;
  /** Loads reference data and, when `demo`, demo data; idempotent. Resolves to the rows added per table. */
  seed(options: DataSourceOptions, settings: { demo: boolean }): Promise<object>;
  /** Commands of this service only (benchmark data, maintenance), given the data source and the arguments after the command. */
  commands?: Record<string, (options: DataSourceOptions, args: readonly string[]) => Promise<void>>;
}

/** A failure that ends in one sentence on stderr and exit code 1, never a stack trace. */
class CommandError extends Error {}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandError('DATABASE_URL is not set; point it at PostgreSQL, e.g. postgres://user:password@127.0.0.1:5432/simpul.');
  return url;
}

function commandsOf(service: ServiceDefinition, args: readonly string[]): Record<string, () => Promise<void>> {
  const own = Object.entries(service.commands ?? {}).map(([name, run]): [string, () => Promise<void>] => [
    name,
    async () => {
      const url = databaseUrl();
      await checkDatabase(url);
      await run(service.dataSourceOptions(url), args);
    },
  ]);
  return {
    ...Object.fromEntries(own),
    async serve() {
      readSecret('INTERNAL_SECRET');
      readSecret('JWT_SECRET');
      const url = databaseUrl();
      await checkDatabase(url);
      const port = Number(process.env.PORT ?? service.defaultPort);
      const host = process.env.HOST ?? '127.0.0.1';
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CommandError(`PORT must be a port number, not "${process.env.PORT}".`);
      await assertPortFree(port, host);
      const app = await createSubgraphApp(service.module(url), { service: service.name });
      try {
        await app.listen(port, host);
      } catch (error) {
        await app.close().catch(() => undefined);
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new CommandError(`Port ${port} on ${host} is already in use; stop the other process or set PORT.`);
        throw new CommandError(`The ${service.name} service could not listen on ${host}:${port}: ${(error as Error).message}.`);
      }
      console.log(`${service.name}-service listening on http://${host}:${port}/graphql`);
    },
    async migrate() {
      const url = databaseUrl();
      await checkDatabase(url);
      try {
        const ran = await runMigrations(service.dataSourceOptions(url));
        console.log(ran.length ? `${service.name}: ran ${ran.join(', ')}` : `${service.name}: database is up to date`);
      } catch (error) {
        throw new CommandError(`A ${service.name} migration failed: ${(error as Error).message}.`);
      }
    },
    async 'migrate:down'() {
      const url = databaseUrl();
      await checkDatabase(url);
      await revertLastMigration(service.dataSourceOptions(url));
      console.log(`${service.name}: reverted the last migration`);
    },
    async seed() {
      const url = databaseUrl();
      await checkDatabase(url);
      const demo = seedDemoWanted();
      const counts = await service.seed(service.dataSourceOptions(url), { demo });
      if (!demo) console.log(`${service.name}: demo data skipped (SEED_DEMO=false or NODE_ENV=production)`);
      console.log(
        `${service.name}: seeded (${
          Object.entries(counts as Record<string, number>)
            .map(([table, count]) => `${table} +${count}`)
            .join(', ') || 'nothing to add'
        })`,
      );
    },
    /** Every background job of the service once, now (reminder scans); nothing is scheduled. */
    async 'run-jobs'() {
      const url = databaseUrl();
      await checkDatabase(url);
      process.env.SIMPUL_JOBS = 'off';
      const app = await NestFactory.create(service.module(url), { logger: ['error', 'warn'], abortOnError: false });
      await app.init();
      try {
        let runner: JobRunner;
        try {
          runner = app.get(JobRunner, { strict: false });
        } catch {
          console.log(`${service.name}: no background jobs`);
          return;
        }
        for (const { name, result } of await runner.runAllNow()) {
          console.log(`${service.name}: ran ${name}${result === undefined ? '' : ` ${JSON.stringify(result)}`}`);
        }
      } finally {
        await app.close();
      }
    },
    async 'print-schema'() {
      const app = await NestFactory.create(service.module(null), { logger: false, abortOnError: false });
      await app.init();
      process.stdout.write(printSubgraphSdl(app));
      await app.close();
    },
  };
}

/**
 * Runs `main.js [serve|migrate|migrate:down|seed|run-jobs|print-schema]` for a subgraph: the same commands,
 * checks and one-sentence failures for every service.
 */
export function runServiceCli(service: ServiceDefinition, argv: readonly string[] = process.argv): void {
  const command = argv[2] ?? 'serve';
  const commands = commandsOf(service, argv.slice(3));
  const run = commands[command];
  if (!run) {
    console.error(`Unknown command "${command}"; use one of: ${Object.keys(commands).join(', ')}.`);
    process.exit(1);
  }
  run().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.split('\n')[0]);
    process.exit(1);
  });
}
