import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Identity } from '@simpul/contracts';
import { LocalDiskFileStorage, QueryCounter, runMigrations, FixedClock } from '@simpul/service-kit';
import { createTestDatabase, startTestApp, type TemplateSpec, type TestApp, type TestDatabase } from '@simpul/service-kit/testing';
import { AppModule } from '../app.module';
import { kippBodyLimitBytes } from '../attachments/attachment-storage';
import { kippDataSourceOptions } from '../kipp-database';
import { HttpUnitDirectory } from '../registry/http-unit-directory';
import { unitId, userId } from '../seed/demo-registry';
import { seedKipp } from '../seed/seed';
import { startFakeRegistry, type FakeRegistry } from './fake-registry';

/** The day tests live on; the open demo competition's calendar is relative to it. */
export const TEST_TODAY = '2026-06-15';

/** Migrated and seeded once per Jest run; every test file gets its own copy. */
export const SEEDED_KIPP: TemplateSpec = {
  key: 'kipp_seeded',
  async prepare(url) {
    await runMigrations(kippDataSourceOptions(url));
    await seedKipp(kippDataSourceOptions(url), { demo: true, today: TEST_TODAY });
  },
};

export interface KippHarness extends TestApp {
  database: TestDatabase;
  registry: FakeRegistry;
  clock: FixedClock;
  queries: QueryCounter;
  files: LocalDiskFileStorage;
}

/** Small, so the size limit is tested without large bodies. */
export const TEST_FILES_MAX_BYTES = 64 * 1024;

export async function startKipp(): Promise<KippHarness> {
  const database = await createTestDatabase(SEEDED_KIPP);
  const registry = await startFakeRegistry();
  const clock = new FixedClock(TEST_TODAY);
  const queries = new QueryCounter();
  const filesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kipp-files-'));
  const files = new LocalDiskFileStorage(filesDir);
  const app = await startTestApp(
    AppModule.forRoot({
      databaseUrl: database.url,
      directory: new HttpUnitDirectory(registry.url),
      clock,
      queryLogger: queries,
      searchCacheMs: 0,
      files,
      filesMaxBytes: TEST_FILES_MAX_BYTES,
    }),
    { jsonBodyLimitBytes: kippBodyLimitBytes(TEST_FILES_MAX_BYTES) },
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
      await registry.close();
      await database.drop();
      await fs.rm(filesDir, { recursive: true, force: true });
    },
  };
}

function identity(email: string, role: Identity['role'], serviceUnitId: string | null = null): Identity {
  return { userId: userId(email), email, displayName: email, role, serviceUnitId, mallId: null };
}

export const CALLERS = {
  admin: identity('admin@simpul.test', 'NATIONAL_ADMIN'),
  deskSamsatKalsel: identity('desk.samsat-kalsel@simpul.test', 'UNIT_DESK', unitId('samsat-63')),
  deskDpmptspKalsel: identity('desk.dpmptsp-kalsel@simpul.test', 'UNIT_DESK', unitId('dpmptsp-63')),
  deskDpmptspKalteng: identity('desk.dpmptsp-kalteng@simpul.test', 'UNIT_DESK', unitId('dpmptsp-62')),
  /** Not in the registry yet: bound to Pemprov Kalimantan Selatan in kipp.local_admins. */
  localAdminKalsel: identity('admin.kalsel@simpul.test', 'UNIT_DESK', unitId('dpmptsp-63')),
  evaluator: identity('evaluator@simpul.test', 'EVALUATOR'),
  te2: identity('te2@simpul.test', 'EVALUATOR'),
  te3: identity('te3@simpul.test', 'EVALUATOR'),
  panel: identity('panel@simpul.test', 'EVALUATOR'),
  tpi2: identity('tpi2@simpul.test', 'EVALUATOR'),
} satisfies Record<string, Identity>;

/** Throws with the GraphQL errors when a response has any, so failures read well. */
export function dataOf<T>(response: { data?: T | null; errors?: unknown[] }): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data;
}
