import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F02Resolver } from './f02.resolver';
import { F02Service } from './f02.service';

const F02_RESOLVERS = [F02Resolver];

/** F-02: the evaluators' scores (the only writer of f02_scores), second ratings, comments, field visits. */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [F02Service, ...F02_RESOLVERS],
  exports: [F02Service],
})
export class F02Module {}
