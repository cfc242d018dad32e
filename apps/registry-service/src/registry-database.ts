import type { Logger } from 'typeorm';
import { serviceDataSourceOptions } from '@simpul/service-kit';
import { Agency } from './agencies/agency.entity';
import { User } from './identity/user.entity';
import { REGISTRY_MIGRATIONS } from './migrations';
import { Region } from './regions/region.entity';
import { Service } from './services/service.entity';
import { ServiceUnit } from './units/service-unit.entity';

export const REGISTRY_SCHEMA = 'registry';

export function registryDataSourceOptions(url: string, logger?: Logger) {
  return serviceDataSourceOptions({
    url,
    schema: REGISTRY_SCHEMA,
    entities: [Region, Agency, ServiceUnit, Service, User],
    migrations: REGISTRY_MIGRATIONS,
    logger,
  });
}
