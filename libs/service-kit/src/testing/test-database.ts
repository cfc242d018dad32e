import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, testAdminUrl, testRunId } from './test-env';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export interface TemplateSpec {
  /** Short name of the template, e.g. `registry_seeded`. */
  key: string;
  /** Brings an empty database to the template state (run migrations, load seed data). */
  prepare(url: string): Promise<void>;
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testAdminUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function uniqueName(prefix: string): string {
  return `${prefix}_${testRunId()}_${randomBytes(4).toString('hex')}`.toLowerCase();
}

async function dropper(name: string): Promise<() => Promise<void>> {
  return () => withAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
}

/**
 * Prepares the template once per Jest run (workers take turns through an advisory lock), so each
 * test file gets its own copy with `CREATE DATABASE ... TEMPLATE`, which is far faster than
 * migrating and seeding again.
 */
async function ensureTemplate(spec: TemplateSpec): Promise<string> {
  const name = `tpl_${spec.key}_${testRunId()}`.toLowerCase();
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        await spec.prepare(databaseUrl(testAdminUrl(), name));
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        throw error;
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

/** A fresh database copied from the template (prepared on first use); drop it in afterAll. */
export async function createTestDatabase(template: TemplateSpec): Promise<TestDatabase> {
  const templateName = await ensureTemplate(template);
  const name = uniqueName(`t_${template.key}`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`));
  return { name, url: databaseUrl(testAdminUrl(), name), drop: await dropper(name) };
}

/** An empty database (for migration tests). */
export async function createEmptyDatabase(key = 'empty'): Promise<TestDatabase> {
  const name = uniqueName(`t_${key}`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(testAdminUrl(), name), drop: await dropper(name) };
}
