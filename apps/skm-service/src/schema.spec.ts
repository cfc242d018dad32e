import path from 'node:path';
import { expectCommittedSdl } from '@simpul/service-kit/testing';
import { AppModule } from './app.module';

describe('committed subgraph SDL', () => {
  it('matches the schema built from the code', async () => {
    await expectCommittedSdl(AppModule.forRoot({ databaseUrl: null }), path.join(__dirname, '..'));
  });
});
