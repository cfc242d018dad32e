import type { Logger } from 'typeorm';
import { serviceDataSourceOptions } from '@simpul/service-kit';
import { EVALUATION_MIGRATIONS } from './migrations';

export const EVALUATION_SCHEMA = 'evaluation';

/** The service reads and writes with SQL (set-based recompute, version checks), so it maps no entities. */
export function evaluationDataSourceOptions(url: string, logger?: Logger) {
  return serviceDataSourceOptions({
    url,
    schema: EVALUATION_SCHEMA,
    entities: [],
    migrations: EVALUATION_MIGRATIONS,
    logger,
    poolSize: 10,
  });
}
