import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { printSubgraphSdl, rootResolverMethods } from '@simpul/service-kit';
import { AppModule, MPP_RESOLVERS } from './app.module';

describe('the MPP subgraph schema', () => {
  it('matches the committed SDL built from the code', async () => {
    const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: null }), { logger: false });
    await app.init();
    const sdl = printSubgraphSdl(app);
    await app.close();
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    if (sdl !== committed) {
      throw new Error('apps/mpp-service/schema.graphql is out of date with the code: run `npm run schema` and commit the result.');
    }
  });

  it('declares who may call every query and mutation', () => {
    const methods = rootResolverMethods(MPP_RESOLVERS);
    expect(methods.length).toBeGreaterThan(25);
    expect(methods.filter((method) => !method.hasAccess).map((method) => method.name)).toEqual([]);
  });
});
