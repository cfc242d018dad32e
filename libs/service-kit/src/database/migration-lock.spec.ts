import type { DataSourceOptions, MigrationInterface, QueryRunner } from 'typeorm';
import pg from 'pg';
import { createEmptyDatabase, type TestDatabase } from '../testing/test-database';
import { prepareDatabase, runMigrations } from './migrations';

// Two services whose first migrations both create the same extension (as the registry's and KIPP's
// do) and a table of their own.
function migrationsOf(schema: string): (new () => MigrationInterface)[] {
  class CreateThings1000000000000 implements MigrationInterface {
    name = `CreateThings1000000000000`;
    async up(db: QueryRunner): Promise<void> {
      await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
      await db.query(`CREATE TABLE "${schema}".things (id int PRIMARY KEY)`);
    }
    async down(db: QueryRunner): Promise<void> {
      await db.query(`DROP TABLE "${schema}".things`);
    }
  }
  class AddName1000000000001 implements MigrationInterface {
    name = `AddName1000000000001`;
    async up(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE "${schema}".things ADD COLUMN name text`);
    }
    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE "${schema}".things DROP COLUMN name`);
    }
  }
  return [CreateThings1000000000000, AddName1000000000001];
}

const optionsOf = (url: string, schema: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  schema,
  migrations: migrationsOf(schema),
  migrationsTableName: 'migrations',
  logging: false,
});

let database: TestDatabase;
beforeEach(async () => {
  database = await createEmptyDatabase('migration_lock');
});
afterEach(async () => {
  await database.drop();
});

async function recorded(schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM "${schema}".migrations ORDER BY id`);
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('migrations under the schema lock', () => {
  it('lets two replicas of two services start together: each migration runs once, none fails', async () => {
    const runs = ['alpha', 'alpha', 'beta', 'beta'].map((schema) => runMigrations(optionsOf(database.url, schema)));
    const ran = await Promise.all(runs);
    // One replica of each service ran both migrations; the other found nothing pending.
    expect(ran.map((names) => names.length).sort()).toEqual([0, 0, 2, 2]);
    expect(await recorded('alpha')).toEqual(['CreateThings1000000000000', 'AddName1000000000001']);
    expect(await recorded('beta')).toEqual(['CreateThings1000000000000', 'AddName1000000000001']);
  });

  it("seeds one replica after the other, never side by side, after the schema's migrations", async () => {
    let seeding = 0;
    let overlapped = false;
    const seed = async () => {
      seeding += 1;
      overlapped ||= seeding > 1;
      // Give the other replica every chance to enter while this one is seeding.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const names = await recorded('alpha');
      seeding -= 1;
      return { migrationsSeen: names.length };
    };
    const [first, second] = await Promise.all([
      prepareDatabase(optionsOf(database.url, 'alpha'), seed),
      prepareDatabase(optionsOf(database.url, 'alpha'), seed),
    ]);
    expect(overlapped).toBe(false);
    expect([first.ran.length, second.ran.length].sort()).toEqual([0, 2]);
    expect(first.seeded).toEqual({ migrationsSeen: 2 });
    expect(second.seeded).toEqual({ migrationsSeen: 2 });
  });
});
