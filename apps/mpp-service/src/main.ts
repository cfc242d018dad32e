import { copyDiskFilesCommand, filesDirectory, runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { mppDataSourceOptions } from './mpp-database';
import { seedMpp } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli), and
// `files:to-postgres`, which copies the documents under SIMPUL_FILES_DIR/mpp into mpp.file_blobs.
// The MPP service needs REGISTRY_URL (default http://127.0.0.1:4101/graphql) to check tenants' services.
runServiceCli({
  name: 'mpp',
  defaultPort: 4104,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: mppDataSourceOptions,
  // The MPP service has no reference data: all it seeds is demo data.
  seed: async (options, { demo }) => (demo ? seedMpp(options) : {}),
  commands: { 'files:to-postgres': copyDiskFilesCommand('mpp', () => filesDirectory(), 'mpp') },
});
