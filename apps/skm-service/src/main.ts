import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { importBodyLimitBytes } from './imports/import-limits';
import { seedSkm } from './seed/seed';
import { skmDataSourceOptions } from './skm-database';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli).
// Env: PUBLIC_BASE_URL (portal address in QR/link URLs), SKM_RATE_CAPACITY / SKM_RATE_PER_MINUTE
// (public submission limits per client and replica), SKM_IMPORT_MAX_BYTES (paper import size).
runServiceCli({
  name: 'skm',
  defaultPort: 4105,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: (url) => skmDataSourceOptions(url),
  jsonBodyLimitBytes: importBodyLimitBytes,
  // SKM has no reference data (the nine elements live in @simpul/scoring): all it seeds is demo data.
  seed: async (options, { demo }) => (demo ? seedSkm(options) : {}),
});
