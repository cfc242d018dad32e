import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { skmCsvChunks } from './seed/bulk-csv';
import { seedSkm } from './seed/seed';
import { syntheticAnswersSql } from './seed/synthetic-answers';
import { skmDataSourceOptions } from './skm-database';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli); for the
// benchmarks `write:csv N FILE FROM TO` (a paper-form CSV of N rows answered FROM–TO) and
// `seed:answers UNITS PER_UNIT YEAR` (YEAR surveys with generated answers and their rollups).
// Env: PUBLIC_BASE_URL (portal address in QR/link URLs), SKM_RATE_CAPACITY / SKM_RATE_PER_MINUTE
// (public submission limits per client and replica), SKM_IMPORT_MAX_BYTES (paper import size).
runServiceCli({
  name: 'skm',
  defaultPort: 4105,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: (url) => skmDataSourceOptions(url),
  // SKM has no reference data (the nine elements live in @simpul/scoring): all it seeds is demo data.
  seed: async (options, { demo }) => (demo ? seedSkm(options) : {}),
  commands: {
    async 'write:csv'(_options, [rows = '1000000', file = 'skm-bulk.csv', startsOn = '2026-01-01', endsOn = '2026-06-30']) {
      const out = fs.openSync(file, 'w');
      try {
        for (const chunk of skmCsvChunks(Number(rows), { startsOn, endsOn })) fs.writeSync(out, chunk);
      } finally {
        fs.closeSync(out);
      }
      console.log(`skm: wrote ${rows} rows to ${file}`);
    },
    async 'seed:answers'(options, [units = '2000', perUnit = '10000', year = String(new Date().getFullYear())]) {
      const dataSource = await new DataSource(options).initialize();
      try {
        for (const statement of syntheticAnswersSql(Number(units), Number(perUnit), Number(year)))
          await dataSource.query(statement.text, statement.params);
        console.log(`skm: ${units} unit surveys with ${perUnit} answers each for ${year}`);
      } finally {
        await dataSource.destroy();
      }
    },
  },
});
