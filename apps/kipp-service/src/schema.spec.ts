import path from 'node:path';
import { expectCommittedSdl } from '@simpul/service-kit/testing';
import { rootResolverMethods } from '@simpul/service-kit';
import { AppModule, KIPP_RESOLVERS } from './app.module';

describe('the KIPP subgraph schema', () => {
  it('matches the committed SDL built from the code', async () => {
    await expectCommittedSdl(AppModule.forRoot({ databaseUrl: null }), path.join(__dirname, '..'));
  });

  it('declares who may call every query and mutation', () => {
    const methods = rootResolverMethods(KIPP_RESOLVERS);
    expect(methods.length).toBeGreaterThan(30);
    expect(methods.filter((method) => !method.hasAccess).map((method) => method.name)).toEqual([]);
  });
});
