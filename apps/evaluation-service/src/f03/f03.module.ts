import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CyclesModule } from '../cycles/cycles.module';
import { F03Resolver } from './f03.resolver';
import { F03Service } from './f03.service';

const F03_RESOLVERS = [F03Resolver];

/** F-03: survey links (and their QR codes) and the public's answers. */
@Module({
  imports: [CyclesModule, AccessModule],
  providers: [F03Service, ...F03_RESOLVERS],
  exports: [F03Service],
})
export class F03Module {}
