import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Identity } from '@simpul/contracts';
import { QueryCounter, runMigrations, stableId, ManualClock, type NotificationClient } from '@simpul/service-kit';
import { createTestDatabase, startTestApp, type TemplateSpec, type TestApp, type TestDatabase } from '@simpul/service-kit/testing';
import { AppModule } from '../app.module';
import { evidenceBodyLimitBytes } from '../app/evidence-body-limit';
import { localEvidenceStorage } from '../evidence/evidence-storage';
import { evaluationDataSourceOptions } from '../evaluation-database';
import { seedEvaluation } from '../seed/seed';

/** The instant the seed is loaded at in tests: the 2026 cycle's F-01 window is open around it. */
export const SEED_TIME = new Date('2026-05-04T03:00:00Z');

/** Migrated and seeded once per Jest run; every test file gets its own copy. */
export const SEEDED_EVALUATION: TemplateSpec = {
  key: 'evaluation_seeded',
  async prepare(url) {
    await runMigrations(evaluationDataSourceOptions(url));
    await seedEvaluation(evaluationDataSourceOptions(url), SEED_TIME);
  },
};

export interface EvaluationHarness extends TestApp {
  database: TestDatabase;
  queries: QueryCounter;
  clock: ManualClock;
}

/** Evidence limit in tests: small, so the size refusal is cheap to provoke. */
export const TEST_EVIDENCE_MAX_BYTES = 256 * 1024;

export interface EvaluationTestOptions {
  /** Where reminders go (a client pointing at a registry under test); default the registry at REGISTRY_URL. */
  notifications?: NotificationClient;
  /** Another replica on an existing test database (its owner drops it); default a fresh seeded copy. */
  database?: TestDatabase;
}

/**
 * service-kit's startTestApp (same createSubgraphApp stack, real HTTP, internal token) with this
 * service's body limit for base64 evidence, a manual clock and a temporary evidence folder.
 */
export async function startEvaluation(now: Date = SEED_TIME, options: EvaluationTestOptions = {}): Promise<EvaluationHarness> {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase(SEEDED_EVALUATION));
  const queries = new QueryCounter();
  const clock = new ManualClock(now);
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-evidence-'));
  const testApp = await startTestApp(
    AppModule.forRoot({
      databaseUrl: database.url,
      queryLogger: queries,
      clock,
      evidenceStorage: localEvidenceStorage(evidenceDir),
      evidenceMaxBytes: TEST_EVIDENCE_MAX_BYTES,
      surveyBaseUrl: 'https://portal.simpul.test',
      notifications: options.notifications,
    }),
    { jsonBodyLimitBytes: evidenceBodyLimitBytes(TEST_EVIDENCE_MAX_BYTES) },
  );
  return {
    ...testApp,
    database,
    queries,
    clock,
    async close() {
      await testApp.close();
      if (!shared) await database.drop();
      fs.rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
}

/** The first error's code, for refusal tests. */
export function errorCode(result: { errors?: { extensions: { code: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

function identity(email: string, role: Identity['role'], serviceUnitId: string | null = null): Identity {
  return { userId: stableId('user', email), email, displayName: email, role, serviceUnitId, mallId: null };
}

export const SAMSAT_KALSEL = stableId('unit', 'samsat-63');
export const DPMPTSP_KALTENG = stableId('unit', 'dpmptsp-62');

export const CALLERS = {
  admin: identity('admin@simpul.test', 'NATIONAL_ADMIN'),
  evaluator: identity('evaluator@simpul.test', 'EVALUATOR'),
  otherEvaluator: identity('evaluator.kedua@simpul.test', 'EVALUATOR'),
  operator: identity('operator.banjarmasin@simpul.test', 'MPP_OPERATOR'),
  deskSamsatKalsel: identity('desk.samsat-kalsel@simpul.test', 'UNIT_DESK', SAMSAT_KALSEL),
  deskDpmptspKalteng: identity('desk.dpmptsp-kalteng@simpul.test', 'UNIT_DESK', DPMPTSP_KALTENG),
} satisfies Record<string, Identity>;

/** Throws with the GraphQL errors when a call that should succeed did not. */
export function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
