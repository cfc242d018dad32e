import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F01Resolver } from './f01.resolver';
import { F01Service } from './f01.service';

const F01_RESOLVERS = [F01Resolver];

/** F-01: the desk's self-assessment claims (their evidence is the evidence feature's). */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [F01Service, ...F01_RESOLVERS],
  exports: [F01Service],
})
export class F01Module {}
