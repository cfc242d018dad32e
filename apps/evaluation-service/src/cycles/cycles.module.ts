import { Module } from '@nestjs/common';
import { CycleResolver } from './cycle.resolver';
import { CycleService } from './cycle.service';

const CYCLE_RESOLVERS = [CycleResolver];

/** Cycles, their phases, extensions, early starts, finalisation and publication. */
@Module({
  providers: [CycleService, ...CYCLE_RESOLVERS],
  exports: [CycleService],
})
export class CyclesModule {}
