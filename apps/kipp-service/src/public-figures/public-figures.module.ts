import { Module } from '@nestjs/common';
import { AwardCountsService } from './award-counts';
import { AwardCountsResolver } from './award-counts.resolver';

/** Small public figures for the portal's signed-out front door (issue #16 §2); the published catalogue only. */
@Module({ providers: [AwardCountsService, AwardCountsResolver] })
export class PublicFiguresModule {}
