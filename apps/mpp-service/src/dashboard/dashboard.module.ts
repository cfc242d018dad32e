import { Module } from '@nestjs/common';
import { MallsModule } from '../malls/malls.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/** The mall operator's dashboard. */
@Module({
  imports: [MallsModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
