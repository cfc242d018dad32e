import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { ServiceUnitResolver } from './service-unit.resolver';

const FEDERATION_RESOLVERS = [ServiceUnitResolver];

/** What this subgraph adds to other services' entities: ServiceUnit.ippResults. */
@Module({
  imports: [ResultsModule],
  providers: [...FEDERATION_RESOLVERS],
})
export class FederationModule {}
