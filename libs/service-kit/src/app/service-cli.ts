import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSourceOptions } from 'typeorm';
import { readSecret } from '../auth/secrets';
import { checkDatabase } from '../database/check-database';
import { withMigrationLock } from '../database/migration-lock';
import { prepareDatabase, revertLastMigration, runMigrations } from '../database/migrations';
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

/** `true` for 1, true, yes, on (any case); a variable that is unset or anything else is off. */
function flag(name: string): boolean {
  return /^(1|true|yes|on)$/i.test(process.env[name] ?? '');
}

function migratedLine(service: ServiceDefinition, ran: readonly string[]): string {
  return ran.length ? `${service.name}: ran ${ran.join(', ')}` : `${service.name}: database is up to date`;
}

function seededLines(service: ServiceDefinition, counts: object, demo: boolean): string[] {
  const added = Object.entries(counts as Record<string, number>)
    .map(([table, count]) => `${table} +${count}`)
    .join(', ');
  return [
    ...(demo ? [] : [`${service.name}: demo data skipped (SEED_DEMO=false or NODE_ENV=production)`]),
    `${service.name}: seeded (${added || 'nothing to add'})`,
  ];
}

/**
 * MIGRATE_ON_START (and SEED_ON_START): the service migrates (and seeds) its schema itself before it
 * listens, holding the schema's advisory lock, instead of separate `migrate` and `seed` processes
 * (`npm start` saves a Node start-up per step; replicas starting together take turns).
 */
async function prepareOnStart(service: ServiceDefinition, url: string): Promise<void> {
  if (!flag('MIGRATE_ON_START')) return;
  const options = service.dataSourceOptions(url);
  const demo = seedDemoWanted();
  let prepared: { ran: string[]; seeded: object | undefined };
  try {
    prepared = await prepareDatabase(options, flag('SEED_ON_START') ? () => service.seed(options, { demo }) : undefined);
  } catch (error) {
    throw new CommandError(`Preparing the ${service.name} database failed: ${(error as Error).message}.`);
  }
  console.log(migratedLine(service, prepared.ran));
  if (prepared.seeded) for (const line of seededLines(service, prepared.seeded, demo)) console.log(line);
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
      await prepareOnStart(service, url);
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
        console.log(migratedLine(service, await runMigrations(service.dataSourceOptions(url))));
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
      const options = service.dataSourceOptions(url);
      // Under the schema's lock: a replica seeding as it starts (SEED_ON_START) waits for this one.
      const counts = await withMigrationLock(options, () => service.seed(options, { demo }));
      for (const line of seededLines(service, counts, demo)) console.log(line);
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
