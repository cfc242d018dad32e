import path from 'node:path';
import { expectCommittedSdl } from '@simpul/service-kit/testing';
import { rootResolverMethods } from '@simpul/service-kit';
import { AppModule, MPP_RESOLVERS } from './app.module';

describe('the MPP subgraph schema', () => {
  it('matches the committed SDL built from the code', async () => {
    await expectCommittedSdl(AppModule.forRoot({ databaseUrl: null }), path.join(__dirname, '..'));
  });

  it('declares who may call every query and mutation', () => {
    const methods = rootResolverMethods(MPP_RESOLVERS);
    expect(methods.length).toBeGreaterThan(25);
    expect(methods.filter((method) => !method.hasAccess).map((method) => method.name)).toEqual([]);
  });
});
