import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { registryDataSourceOptions } from './registry-database';
import { seedRegistry } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli).
runServiceCli({
  name: 'registry',
  defaultPort: 4101,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: registryDataSourceOptions,
  seed: (options, { demo }) => seedRegistry(options, { demo }),
});
