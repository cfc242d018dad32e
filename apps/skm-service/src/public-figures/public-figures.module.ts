import { Module } from '@nestjs/common';
import { IkmDistributionService } from './ikm-distribution';
import { IkmDistributionResolver } from './ikm-distribution.resolver';

/** Small public figures for the portal's signed-out front door (issue #16 §2); rollups only. */
@Module({ providers: [IkmDistributionService, IkmDistributionResolver] })
export class PublicFiguresModule {}
