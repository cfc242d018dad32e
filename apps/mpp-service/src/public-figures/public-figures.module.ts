import { Module } from '@nestjs/common';
import { MallGrowthService } from './mall-growth';
import { MallGrowthResolver } from './mall-growth.resolver';

/** Small public figures for the portal's signed-out front door (issue #16 §2). */
@Module({ providers: [MallGrowthService, MallGrowthResolver] })
export class PublicFiguresModule {}
