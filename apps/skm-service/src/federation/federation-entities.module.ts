import { Module } from '@nestjs/common';
import { DeskResolver } from './desk.resolver';
import { ServiceUnitResolver } from './service-unit.resolver';
import { ResultsModule } from '../results/results.module';

/** The registry's ServiceUnit and the MPP service's Desk, each extended with its headline IKM. */
@Module({
  imports: [ResultsModule],
  providers: [ServiceUnitResolver, DeskResolver],
})
export class FederationEntitiesModule {}
