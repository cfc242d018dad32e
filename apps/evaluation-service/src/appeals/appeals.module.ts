import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { ResultsModule } from '../results/results.module';
import { AppealResolver } from './appeal.resolver';
import { AppealService } from './appeal.service';

export const APPEAL_RESOLVERS = [AppealResolver];

/** Appeals: filed by the desk, decided by the primary evaluator (a rescore recomputes the cycle). */
@Module({
  imports: [CyclesModule, AccessModule, ResultsModule],
  providers: [AppealService, ...APPEAL_RESOLVERS],
  exports: [AppealService],
})
export class AppealsModule {}
