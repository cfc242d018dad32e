import pg from 'pg';
import type { Logger } from 'typeorm';
import { serviceDataSourceOptions } from '@simpul/service-kit';
import { SKM_MIGRATIONS } from './migrations';

export const SKM_SCHEMA = 'skm';

// Calendar dates stay 'YYYY-MM-DD' strings: periods are WIB calendar days, and a JS Date would
// shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Counts (bigint) fit comfortably in a JS number at SKM scale (billions of answers at most).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The SKM service works in SQL through the DataSource (results are rollups), so it maps no entities. */
export function skmDataSourceOptions(url: string, logger?: Logger, poolSize?: number) {
  return serviceDataSourceOptions({ url, schema: SKM_SCHEMA, entities: [], migrations: SKM_MIGRATIONS, logger, poolSize });
}
