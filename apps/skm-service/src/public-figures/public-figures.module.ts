import { Module } from '@nestjs/common';
import { DEFAULT_REGISTRY_GRAPHQL_URL, RegistryClient } from '@simpul/service-kit';
import { IkmByProvinceService, PROVINCE_DIRECTORY } from './ikm-by-province';
import { IkmByProvinceResolver } from './ikm-by-province.resolver';
import { IkmDistributionService } from './ikm-distribution';
import { IkmDistributionResolver } from './ikm-distribution.resolver';
import { IkmHeadlinesService } from './ikm-headlines';

/** Small public figures for the portal's signed-out front door (issue #16 §2); rollups only, regions from the registry. */
@Module({
  providers: [
    IkmHeadlinesService,
    IkmDistributionService,
    IkmDistributionResolver,
    IkmByProvinceService,
    IkmByProvinceResolver,
    { provide: PROVINCE_DIRECTORY, useFactory: () => new RegistryClient(process.env.REGISTRY_URL || DEFAULT_REGISTRY_GRAPHQL_URL) },
  ],
})
export class PublicFiguresModule {}
