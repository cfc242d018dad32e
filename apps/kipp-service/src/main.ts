import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { kippDataSourceOptions } from './kipp-database';
import { seedKipp } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli).
// Needs REGISTRY_URL (default http://127.0.0.1:4101/graphql) to learn a drafting unit's agency and region.
runServiceCli({
  name: 'kipp',
  defaultPort: 4103,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: kippDataSourceOptions,
  seed: (options, { demo }) => seedKipp(options, { demo }),
});
