import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F02Module } from '../f02/f02.module';
import { ResultsModule } from '../results/results.module';
import { AppealResolver } from './appeal.resolver';
import { AppealService } from './appeal.service';

const APPEAL_RESOLVERS = [AppealResolver];

/** Appeals: filed by the desk, decided by the primary evaluator (a rescore recomputes the cycle). */
@Module({
  imports: [CyclesModule, AccessModule, F02Module, ResultsModule],
  providers: [AppealService, ...APPEAL_RESOLVERS],
  exports: [AppealService],
})
export class AppealsModule {}
