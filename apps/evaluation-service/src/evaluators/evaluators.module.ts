import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { ConflictDeclarationRefsResolver, EvaluatorProfileRefsResolver } from './evaluator-refs.resolver';
import { EvaluatorResolver } from './evaluator.resolver';
import { EvaluatorService } from './evaluator.service';

const EVALUATOR_RESOLVERS = [EvaluatorResolver, EvaluatorProfileRefsResolver, ConflictDeclarationRefsResolver];

/** Evaluator profiles, conflict-of-interest declarations, assignments and workload. */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [EvaluatorService, ...EVALUATOR_RESOLVERS],
  exports: [EvaluatorService],
})
export class EvaluatorsModule {}
