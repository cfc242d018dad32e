import { runMigrations } from '@simpul/service-kit';
import { createEmptyDatabase, startTestApp } from '@simpul/service-kit/testing';
import { AppModule } from '../app.module';
import { registryDataSourceOptions } from '../registry-database';
import { seedRegistry } from '../seed/seed';
import { startRegistry } from '../test-support/registry-test-app';

const STATUS = '{ systemStatus { demoData demoDataLoadedAt } }';

describe('systemStatus (public): does this installation hold demo data?', () => {
  it('rule: with demo data loaded, anyone (signed in or not) learns that most figures are examples', async () => {
    const registry = await startRegistry();
    try {
      const answer = await registry.graphql<{ systemStatus: { demoData: boolean; demoDataLoadedAt: string | null } }>(STATUS);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.systemStatus.demoData).toBe(true);
      expect(answer.data?.systemStatus.demoDataLoadedAt).toEqual(expect.any(String));
    } finally {
      await registry.close();
    }
  });

  it('rule: a first run without demo data (SEED_DEMO=false) says there is none, and a second seed keeps it so', async () => {
    const database = await createEmptyDatabase('registry_no_demo');
    try {
      await runMigrations(registryDataSourceOptions(database.url));
      await seedRegistry(registryDataSourceOptions(database.url), { demo: false });
      await seedRegistry(registryDataSourceOptions(database.url), { demo: false });
      const app = await startTestApp(AppModule.forRoot({ databaseUrl: database.url }));
      try {
        const answer = await app.graphql<{ systemStatus: { demoData: boolean; demoDataLoadedAt: string | null } }>(STATUS);
        expect(answer.data?.systemStatus).toEqual({ demoData: false, demoDataLoadedAt: null });
      } finally {
        await app.close();
      }
    } finally {
      await database.drop();
    }
  });
});
