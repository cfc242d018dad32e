import pg from 'pg';
import type { Logger } from 'typeorm';
import { serviceDataSourceOptions } from '@simpul/service-kit';
import { KIPP_MIGRATIONS } from './migrations';

export const KIPP_SCHEMA = 'kipp';

// Calendar dates stay 'YYYY-MM-DD' strings: deadlines are calendar days in Indonesia, and a JS Date
// would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** The KIPP service works in SQL through the DataSource (funnel counts and rankings are aggregates), so it maps no entities. */
export function kippDataSourceOptions(url: string, logger?: Logger) {
  return serviceDataSourceOptions({ url, schema: KIPP_SCHEMA, entities: [], migrations: KIPP_MIGRATIONS, logger });
}
