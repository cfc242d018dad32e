import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { printSubgraphSdl } from '@simpul/service-kit';
import { AppModule } from './app.module';

describe('committed subgraph SDL', () => {
  it('matches the schema built from the code', async () => {
    const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: null }), { logger: false });
    await app.init();
    const sdl = printSubgraphSdl(app);
    await app.close();
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    if (sdl !== committed) {
      throw new Error('apps/skm-service/schema.graphql is out of date with the code: run `npm run schema` and commit the result.');
    }
  });
});
