import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { LokusResolver } from './lokus.resolver';
import { LokusService } from './lokus.service';

const LOKUS_RESOLVERS = [LokusResolver];

/** The lokus of a cycle: adding, importing, removing, listing within the caller's scope. */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [LokusService, ...LOKUS_RESOLVERS],
  exports: [LokusService],
})
export class LokusModule {}
