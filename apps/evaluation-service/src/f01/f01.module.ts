import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F01Resolver } from './f01.resolver';
import { F01Service } from './f01.service';
import { F01SubmissionResolver } from './submission/f01-submission.resolver';
import { F01SubmissionService } from './submission/f01-submission.service';

const F01_RESOLVERS = [F01Resolver, F01SubmissionResolver];

/** F-01: the desk's self-assessment claims and sending them (their evidence is the evidence feature's). */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [F01Service, F01SubmissionService, ...F01_RESOLVERS],
  exports: [F01Service],
})
export class F01Module {}
