import { runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { evaluationDataSourceOptions } from './evaluation-database';
import { seedEvaluation } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli).
runServiceCli({
  name: 'evaluation',
  defaultPort: 4102,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: evaluationDataSourceOptions,
  // The evaluation service has no reference data: instruments ship in @simpul/scoring.
  // The published national figures are reference data: loaded with or without the demo data.
  seed: (options, { demo }) => seedEvaluation(options, new Date(), { demo }),
});
