import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { printSubgraphSdl, rootResolverMethods } from '@simpul/service-kit';
import { AppModule, KIPP_RESOLVERS } from './app.module';

describe('the KIPP subgraph schema', () => {
  it('matches the committed SDL built from the code', async () => {
    const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: null }), { logger: false });
    await app.init();
    const sdl = printSubgraphSdl(app);
    await app.close();
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    if (sdl !== committed) {
      throw new Error('apps/kipp-service/schema.graphql is out of date with the code: run `npm run schema` and commit the result.');
    }
  });

  it('declares who may call every query and mutation', () => {
    const methods = rootResolverMethods(KIPP_RESOLVERS);
    expect(methods.length).toBeGreaterThan(30);
    expect(methods.filter((method) => !method.hasAccess).map((method) => method.name)).toEqual([]);
  });
});
