import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { QueryCounter, runMigrations, stableId } from '@simpul/service-kit';
import {
  createTestDatabase,
  startSmtpTestServer,
  startTestApp,
  type SmtpTestServer,
  type TemplateSpec,
  type TestApp,
  type TestDatabase,
} from '@simpul/service-kit/testing';
import { SmtpMailSender, type MailSender, type TaskSource } from '@simpul/service-kit';
import { AppModule } from '../app.module';
import { HttpMallDirectory } from '../identity/http-mall-directory';
import { HttpLocalAdminDirectory } from '../plugins/kipp-local-admins';
import { registryDataSourceOptions } from '../registry-database';
import { unitId } from '../seed/demo-data';
import { seedRegistry } from '../seed/seed';
import { startFakeKipp, type FakeKipp } from './fake-kipp';
import { startFakeMpp, type FakeMpp } from './fake-mpp';

/** Migrated and seeded once per Jest run; every test file gets its own copy. */
export const SEEDED_REGISTRY: TemplateSpec = {
  key: 'registry_seeded',
  async prepare(url) {
    await runMigrations(registryDataSourceOptions(url));
    await seedRegistry(registryDataSourceOptions(url));
  },
};

export interface RegistryHarness extends TestApp {
  database: TestDatabase;
  queries: QueryCounter;
  /** The real SMTP server (in this process) the registry's e-mail goes to. */
  smtp: SmtpTestServer;
  /** The MPP subgraph double identity asks about malls and tenants. */
  mpp: FakeMpp;
  /** The KIPP subgraph double plugins ask about local admins. */
  kipp: FakeKipp;
  /** Runs SQL on the test database through the app's own connection (setting up or checking a case). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * `mailSender` replaces the harness's SMTP sender (e.g. one pointing at a mail server that is down);
 * `taskSources` are the services asked for "Tugas saya" (none by default: no other service runs here).
 */
export async function startRegistry(
  options: { mailSender?: MailSender; taskSources?: readonly TaskSource[] } = {},
): Promise<RegistryHarness> {
  const database = await createTestDatabase(SEEDED_REGISTRY);
  const queries = new QueryCounter();
  const [smtp, mpp, kipp] = await Promise.all([startSmtpTestServer(), startFakeMpp(), startFakeKipp()]);
  const app = await startTestApp(
    AppModule.forRoot({
      databaseUrl: database.url,
      queryLogger: queries,
      mailSender: options.mailSender ?? new SmtpMailSender(smtp.url),
      mallDirectory: new HttpMallDirectory(mpp.url),
      localAdmins: new HttpLocalAdminDirectory(kipp.url),
      taskSources: options.taskSources ?? [],
    }),
    { service: 'registry' },
  );
  return {
    ...app,
    database,
    queries,
    smtp,
    mpp,
    kipp,
    sql: (text, params) => app.app.get(DataSource).query(text, params),
    async close() {
      await app.close();
      await Promise.all([smtp.close(), mpp.close(), kipp.close()]);
      await database.drop();
    },
  };
}

function demoIdentity(email: string, role: Identity['role'], serviceUnitId: string | null = null, mallId: string | null = null): Identity {
  return { userId: stableId('user', email), email, displayName: email, role, serviceUnitId, mallId };
}

export const SAMSAT_KALSEL = unitId('samsat-63');
export const DPMPTSP_KALTENG = unitId('dpmptsp-62');
export const DPMPTSP_KALSEL = unitId('dpmptsp-63');

export const CALLERS = {
  admin: demoIdentity('admin@simpul.test', 'NATIONAL_ADMIN'),
  evaluator: demoIdentity('evaluator@simpul.test', 'EVALUATOR'),
  operator: demoIdentity('operator.banjarmasin@simpul.test', 'MPP_OPERATOR', null, stableId('mall', 'mpp-kota-banjarmasin')),
  deskSamsatKalsel: demoIdentity('desk.samsat-kalsel@simpul.test', 'UNIT_DESK', SAMSAT_KALSEL),
  deskDpmptspKalteng: demoIdentity('desk.dpmptsp-kalteng@simpul.test', 'UNIT_DESK', DPMPTSP_KALTENG),
} satisfies Record<string, Identity>;
