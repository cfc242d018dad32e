import { DataSource } from 'typeorm';
import { copyDiskFilesCommand, filesDirectory, runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { kippDataSourceOptions } from './kipp-database';
import { seedKipp } from './seed/seed';
import { syntheticCatalogueSql } from './seed/synthetic-catalogue';

// Commands: (none) serve · migrate · migrate:down · seed · run-jobs · print-schema (see runServiceCli), and
// `seed:catalogue N`, which adds N synthetic catalogue innovations for the search benchmark, and
// `files:to-postgres`, which copies the attachments under SIMPUL_FILES_DIR/kipp into kipp.file_blobs.
// Needs REGISTRY_URL (default http://127.0.0.1:4101/graphql) to learn a drafting unit's agency and region.
runServiceCli({
  name: 'kipp',
  defaultPort: 4103,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: kippDataSourceOptions,
  seed: (options, { demo }) => seedKipp(options, { demo }),
  commands: {
    'files:to-postgres': copyDiskFilesCommand('kipp', () => filesDirectory(), 'kipp'),
    async 'seed:catalogue'(options, [count = '26000']) {
      const dataSource = await new DataSource(options).initialize();
      try {
        const [{ added }] = await dataSource.query<{ added: number }[]>(syntheticCatalogueSql(), [Number(count)]);
        await dataSource.query('ANALYZE kipp.innovations');
        console.log(`kipp: added ${added} synthetic innovations`);
      } finally {
        await dataSource.destroy();
      }
    },
  },
});
