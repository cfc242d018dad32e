import type { Identity } from '@simpul/contracts';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalDiskFileStorage, QueryCounter, runMigrations, stableId, FixedClock } from '@simpul/service-kit';
import { createTestDatabase, startTestApp, type TemplateSpec, type TestApp, type TestDatabase } from '@simpul/service-kit/testing';
import { AppModule } from '../app.module';
import { mppBodyLimitBytes } from '../files/mpp-upload-policy';
import { mppDataSourceOptions } from '../mpp-database';
import { HttpRegistryClient } from '../registry/http-registry-client';
import { BANJARMASIN_MALL_ID, unitId } from '../seed/demo-registry';
import { seedMpp } from '../seed/seed';
import { startFakeRegistry, type FakeRegistry } from './fake-registry';

/** The day tests live on (a Monday); the demo seed is relative to it. */
export const TEST_TODAY = '2026-06-15';

/** Migrated and seeded once per Jest run; every test file gets its own copy. */
export const SEEDED_MPP: TemplateSpec = {
  key: 'mpp_seeded',
  async prepare(url) {
    await runMigrations(mppDataSourceOptions(url));
    await seedMpp(mppDataSourceOptions(url), TEST_TODAY);
  },
};

export interface MppHarness extends TestApp {
  database: TestDatabase;
  registry: FakeRegistry;
  clock: FixedClock;
  queries: QueryCounter;
  /** The temporary directory's storage; null when files go where SIMPUL_FILES_STORE says. */
  files: LocalDiskFileStorage | null;
}

export interface MppHarnessOptions {
  /** `env`: no storage is passed, so the app picks one from SIMPUL_FILES_STORE, as in production. */
  files?: 'temporary-directory' | 'env';
  /** A second replica: another app on this harness's database (which stays the first one's to drop). */
  replicaOf?: MppHarness;
}

/** Small, so the size refusal is cheap to test. */
export const TEST_FILES_MAX_BYTES = 64 * 1024;

export async function startMpp(options: MppHarnessOptions = {}): Promise<MppHarness> {
  const database = options.replicaOf?.database ?? (await createTestDatabase(SEEDED_MPP));
  const registry = await startFakeRegistry();
  const clock = new FixedClock(TEST_TODAY);
  const queries = new QueryCounter();
  const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mpp-files-'));
  const files = options.files === 'env' ? null : new LocalDiskFileStorage(filesDir);
  const app = await startTestApp(
    AppModule.forRoot({
      databaseUrl: database.url,
      registry: new HttpRegistryClient(registry.url),
      clock,
      queryLogger: queries,
      ...(files ? { files } : {}),
      filesMaxBytes: TEST_FILES_MAX_BYTES,
    }),
    { jsonBodyLimitBytes: mppBodyLimitBytes(TEST_FILES_MAX_BYTES) },
  );
  return {
    ...app,
    database,
    registry,
    clock,
    queries,
    files,
    async close() {
      await app.close();
      await fs.rm(filesDir, { recursive: true, force: true });
      await registry.close();
      if (!options.replicaOf) await database.drop();
    },
  };
}

function identity(email: string, role: Identity['role'], serviceUnitId: string | null = null, mallId: string | null = null): Identity {
  return { userId: stableId('user', email), email, displayName: email, role, serviceUnitId, mallId };
}

export const CALLERS = {
  admin: identity('admin@simpul.test', 'NATIONAL_ADMIN'),
  evaluator: identity('evaluator@simpul.test', 'EVALUATOR'),
  operator: identity('operator.banjarmasin@simpul.test', 'MPP_OPERATOR', null, BANJARMASIN_MALL_ID),
  otherOperator: identity('operator.banjarbaru@simpul.test', 'MPP_OPERATOR', null, stableId('mall', 'mpp-kota-banjarbaru')),
  deskSamsatKalsel: identity('desk.samsat-kalsel@simpul.test', 'UNIT_DESK', unitId('samsat-63')),
  deskImigrasi: identity('desk.imigrasi@simpul.test', 'UNIT_DESK', unitId('imigrasi-banjarmasin')),
} satisfies Record<string, Identity>;

/** Throws with the GraphQL errors when a response has any, so failures read well. */
export function dataOf<T>(response: { data?: T | null; errors?: unknown[] }): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data;
}

/** The shape of a cursor connection as a test reads it. */
export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The nodes of a connection, in order (none when the connection is absent). */
export function nodesOf<T>(connection: { edges: { node: T }[] } | null | undefined): T[] {
  return connection?.edges.map((edge) => edge.node) ?? [];
}
