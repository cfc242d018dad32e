import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * Provides the service's TypeORM DataSource. With `connect: false` the DataSource exists but never
 * opens a connection, so commands like `print-schema` build the app without a database.
 */
@Global()
@Module({})
export class ServiceDatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: DataSourceOptions, { connect = true }: { connect?: boolean } = {}): DynamicModule {
    return {
      module: ServiceDatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = new DataSource(options);
            if (connect) await dataSource.initialize();
            return dataSource;
          },
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
