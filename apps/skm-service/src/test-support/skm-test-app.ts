import { randomUUID } from 'node:crypto';
import type { Identity } from '@simpul/contracts';
import {
  INTERNAL_TOKEN_HEADER,
  issueInternalToken,
  QueryCounter,
  readSecret,
  runMigrations,
  stableId,
  ManualClock,
} from '@simpul/service-kit';
import { createTestDatabase, startTestApp, type TemplateSpec, type TestApp, type TestDatabase } from '@simpul/service-kit/testing';
import type { Caller } from '@simpul/contracts';
import { AppModule } from '../app.module';
import { importBodyLimitBytes } from '../imports/import-limits';
import { HttpMallDirectory } from '../malls/http-mall-directory';
import { seedSkm } from '../seed/seed';
import { startFakeMpp } from './fake-mpp';
import { skmDataSourceOptions } from '../skm-database';
import type { RateLimit } from '../submissions/rate-limiter';

/** The instant the demo is seeded at in tests: 10:00 WIB on 20 May 2026 (Q2 2026 running). */
export const SEED_TIME = new Date('2026-05-20T03:00:00Z');

export const SEEDED_SKM: TemplateSpec = {
  key: 'skm_seeded',
  async prepare(url) {
    await runMigrations(skmDataSourceOptions(url));
    await seedSkm(skmDataSourceOptions(url), SEED_TIME);
  },
};

export const MIGRATED_SKM: TemplateSpec = {
  key: 'skm_migrated',
  async prepare(url) {
    await runMigrations(skmDataSourceOptions(url));
  },
};

export interface SkmHarness extends TestApp {
  database: TestDatabase;
  queries: QueryCounter;
  clock: ManualClock;
  /** POSTs JSON (or text) through the internal-token check, as the portal's proxy would. */
  post(
    path: string,
    body: unknown,
    options?: { caller?: Caller; address?: string; contentType?: string },
  ): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
}

export interface HarnessOptions {
  now?: Date;
  template?: TemplateSpec;
  rateLimit?: RateLimit;
  /** Background folding of submitted counts; off by default so SQL counts in tests are only the request's. */
  compactEveryMs?: number;
  /** A second replica: another app on this harness's database (which stays the first one's to drop). */
  replicaOf?: SkmHarness;
}

export async function startSkm(options: HarnessOptions = {}): Promise<SkmHarness> {
  const database = options.replicaOf?.database ?? (await createTestDatabase(options.template ?? SEEDED_SKM));
  const queries = new QueryCounter();
  const clock = new ManualClock(options.now ?? SEED_TIME);
  const mpp = await startFakeMpp();
  const testApp = await startTestApp(
    AppModule.forRoot({
      databaseUrl: database.url,
      malls: new HttpMallDirectory(mpp.url),
      queryLogger: queries,
      clock,
      publicBaseUrl: 'https://portal.simpul.test',
      rateLimit: options.rateLimit ?? { capacity: 10_000, perMinute: 10_000 },
      compactEveryMs: options.compactEveryMs ?? 0,
    }),
    { jsonBodyLimitBytes: importBodyLimitBytes() },
  );
  const secret = readSecret('INTERNAL_SECRET');
  return {
    ...testApp,
    database,
    queries,
    clock,
    async post(path, body, postOptions = {}) {
      const headers: Record<string, string> = {
        'content-type': postOptions.contentType ?? 'application/json',
        [INTERNAL_TOKEN_HEADER]: issueInternalToken(postOptions.caller ?? null, secret, randomUUID()),
      };
      if (postOptions.address) headers['x-forwarded-for'] = postOptions.address;
      const response = await fetch(`${testApp.url}${path}`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
    },
    async close() {
      await testApp.close();
      await mpp.close();
      if (!options.replicaOf) await database.drop();
    },
  };
}

/** GraphQL with an X-Forwarded-For client address (rate limits are per client). */
export async function graphqlFrom(
  harness: SkmHarness,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data?: Record<string, unknown> | null; errors?: { extensions: { code: string; field?: string } }[] }> {
  const response = await fetch(`${harness.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, readSecret('INTERNAL_SECRET'), randomUUID()),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export function errorOf(result: { errors?: { extensions: { code: string; field?: string } }[] }): { code?: string; field?: string } {
  return { code: result.errors?.[0]?.extensions.code, field: result.errors?.[0]?.extensions.field };
}

export function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

function identity(email: string, role: Identity['role'], serviceUnitId: string | null = null, mallId: string | null = null): Identity {
  return { userId: stableId('user', email), email, displayName: email, role, serviceUnitId, mallId };
}

export const SAMSAT_KALSEL = stableId('unit', 'samsat-63');
export const DPMPTSP_KALTENG = stableId('unit', 'dpmptsp-62');
export const BANJARMASIN_MALL = stableId('mall', 'mpp-kota-banjarmasin');

export const CALLERS = {
  admin: identity('admin@simpul.test', 'NATIONAL_ADMIN'),
  evaluator: identity('evaluator@simpul.test', 'EVALUATOR'),
  operator: identity('operator.banjarmasin@simpul.test', 'MPP_OPERATOR', null, BANJARMASIN_MALL),
  deskSamsatKalsel: identity('desk.samsat-kalsel@simpul.test', 'UNIT_DESK', SAMSAT_KALSEL),
  deskDpmptspKalteng: identity('desk.dpmptsp-kalteng@simpul.test', 'UNIT_DESK', DPMPTSP_KALTENG),
} satisfies Record<string, Identity>;

export const SUBMIT = `mutation($s: [SkmSubmissionInput!]!) { submitSkmResponses(submissions: $s) { submissionId responseId status flags } }`;

/** Answers for the nine default elements, U1…U9. */
export function nine(values: number[]): { element: string; value: number }[] {
  return values.map((value, i) => ({ element: `U${i + 1}`, value }));
}
