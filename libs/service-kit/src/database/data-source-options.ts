import type { DataSourceOptions, Logger, MixedList, EntitySchema, MigrationInterface } from 'typeorm';

type EntityClass = MixedList<string | (new (...args: never[]) => unknown) | EntitySchema>;

export interface ServiceDatabaseConfig {
  /** postgres://user:password@host:port/database */
  url: string;
  /** The PostgreSQL schema the service owns (`registry`, `evaluation`, ...). */
  schema: string;
  entities: EntityClass;
  /** Classes, not globs: the app is bundled by rspack, so there are no migration files at run time. */
  migrations: (new () => MigrationInterface)[];
  logger?: Logger;
  /** Connection pool size; defaults to 10. */
  poolSize?: number;
}

/**
 * TypeORM options every service uses: one schema per service with its own migrations table
 * (`<schema>.migrations`), migrations run explicitly (never at boot) and never `synchronize`.
 */
export function serviceDataSourceOptions(config: ServiceDatabaseConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    entities: config.entities,
    migrations: config.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    installExtensions: false,
    poolSize: config.poolSize ?? 10,
    applicationName: `simpul-${config.schema}`,
    ...(config.logger ? { logger: config.logger, logging: true } : { logging: false }),
  };
}
