import pg from 'pg';
import type { Logger } from 'typeorm';
import { serviceDataSourceOptions } from '@simpul/service-kit';
import { MPP_MIGRATIONS } from './migrations';

export const MPP_SCHEMA = 'mpp';

// Calendar dates (`date` columns) stay 'YYYY-MM-DD' strings: turning them into JS Dates would shift
// them by the server's time zone, and every MPP rule (expiry, weekdays) is about calendar days.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** The MPP service works in SQL through the DataSource (dashboards are aggregates), so it maps no entities. */
export function mppDataSourceOptions(url: string, logger?: Logger) {
  return serviceDataSourceOptions({ url, schema: MPP_SCHEMA, entities: [], migrations: MPP_MIGRATIONS, logger });
}
