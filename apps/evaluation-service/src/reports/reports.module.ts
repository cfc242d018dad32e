import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { LokusModule } from '../lokus/lokus.module';
import { ResultsModule } from '../results/results.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

const REPORT_RESOLVERS = [ReportsResolver];

/** Gap analysis, exports (CSV, XLSX) and report cards. */
@Module({
  imports: [CyclesModule, AccessModule, LokusModule, ResultsModule],
  providers: [ReportsService, ...REPORT_RESOLVERS],
  exports: [ReportsService],
})
export class ReportsModule {}
