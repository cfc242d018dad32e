import { copyDiskFilesCommand, runServiceCli } from '@simpul/service-kit';
import { AppModule } from './app.module';
import { evaluationDataSourceOptions } from './evaluation-database';
import { evidenceDirectory } from './evidence/evidence-storage';
import { seedEvaluation } from './seed/seed';

// Commands: (none) serve · migrate · migrate:down · seed · print-schema (see runServiceCli), and
// `files:to-postgres`, which copies the evidence under EVIDENCE_DIR into evaluation.file_blobs.
runServiceCli({
  name: 'evaluation',
  defaultPort: 4102,
  module: (databaseUrl) => AppModule.forRoot({ databaseUrl }),
  dataSourceOptions: evaluationDataSourceOptions,
  // The evaluation service has no reference data: instruments ship in @simpul/scoring.
  // The published national figures are reference data: loaded with or without the demo data.
  seed: (options, { demo }) => seedEvaluation(options, new Date(), { demo }),
  commands: { 'files:to-postgres': copyDiskFilesCommand('evaluation', () => evidenceDirectory()) },
});
