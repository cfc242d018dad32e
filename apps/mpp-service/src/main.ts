import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { checkDatabase, createSubgraphApp, printSubgraphSdl, readSecret, revertLastMigration, runMigrations, seedDemoWanted } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { mppDataSourceOptions } from './mpp-database';
import { seedMpp } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema.
// Every failure ends in one sentence on stderr and exit code 1, never a stack trace.

class CommandError extends Error {}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new CommandError('DATABASE_URL is not set; point it at PostgreSQL, e.g. postgres://user:password@127.0.0.1:5432/simpul.');
  return url;
}

async function serve(): Promise<void> {
  readSecret('INTERNAL_SECRET');
  readSecret('JWT_SECRET');
  const url = databaseUrl();
  await checkDatabase(url);
  const port = Number(process.env.PORT ?? 4104);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CommandError(`PORT must be a port number, not "${process.env.PORT}".`);
  const app = await createSubgraphApp(AppModule.forRoot({ databaseUrl: url }));
  try {
    await app.listen(port, host);
  } catch (error) {
    await app.close().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CommandError(`Port ${port} on ${host} is already in use; stop the other process or set PORT.`);
    throw new CommandError(`The MPP service could not listen on ${host}:${port}: ${(error as Error).message}.`);
  }
  console.log(`mpp-service listening on http://${host}:${port}/graphql (registry at ${process.env.REGISTRY_URL || 'http://127.0.0.1:4101/graphql'})`);
}

async function printSchema(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: null }), { logger: false, abortOnError: false });
  await app.init();
  process.stdout.write(printSubgraphSdl(app));
  await app.close();
}

async function migrate(): Promise<void> {
  const url = databaseUrl();
  await checkDatabase(url);
  try {
    const ran = await runMigrations(mppDataSourceOptions(url));
    console.log(ran.length ? `mpp: ran ${ran.join(', ')}` : 'mpp: database is up to date');
  } catch (error) {
    throw new CommandError(`An MPP migration failed: ${(error as Error).message}.`);
  }
}

async function migrateDown(): Promise<void> {
  const url = databaseUrl();
  await checkDatabase(url);
  await revertLastMigration(mppDataSourceOptions(url));
  console.log('mpp: reverted the last migration');
}

async function seed(): Promise<void> {
  const url = databaseUrl();
  await checkDatabase(url);
  // The MPP service has no reference data: all it seeds is demo data.
  if (!seedDemoWanted()) return console.log('mpp: demo data skipped (SEED_DEMO=false or NODE_ENV=production)');
  const counts = await seedMpp(mppDataSourceOptions(url));
  console.log(`mpp: seeded (${Object.entries(counts).map(([name, count]) => `${name} +${count}`).join(', ')})`);
}

const COMMANDS: Record<string, () => Promise<void>> = {
  serve,
  migrate,
  'migrate:down': migrateDown,
  seed,
  'print-schema': printSchema,
};

const command = process.argv[2] ?? 'serve';
const run = COMMANDS[command];
if (!run) {
  console.error(`Unknown command "${command}"; use one of: ${Object.keys(COMMANDS).join(', ')}.`);
  process.exit(1);
}
run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.split('\n')[0]);
  process.exit(1);
});
