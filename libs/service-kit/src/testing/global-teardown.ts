import fs from 'node:fs';
import pg from 'pg';
import { EMBEDDED_KEY, type EmbeddedHandle } from './global-setup';
import { TEST_ADMIN_URL_ENV, TEST_RUN_ID_ENV } from './test-env';

/** Jest globalTeardown: drops this run's databases and stops the embedded PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  const runId = process.env[TEST_RUN_ID_ENV];
  const handle = (globalThis as Record<string, unknown>)[EMBEDDED_KEY] as EmbeddedHandle;
  if (adminUrl && runId && !handle) {
    // An external server outlives the run: leave it as we found it.
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`%\\_${runId}%`]);
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  if (handle) {
    await handle.server.stop();
    fs.rmSync(handle.dir, { recursive: true, force: true });
  }
}
