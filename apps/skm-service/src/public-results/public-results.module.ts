import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { PublicUnitsResolver } from './public-units.resolver';
import { PublicUnitsService } from './public-units.service';
import { HttpRegistryDirectory, REGISTRY_DIRECTORY } from './registry-directory';

/** The signed-out list of units with a published IKM, and the registry directory it (and the exports) ask for names. */
@Module({
  imports: [ResultsModule],
  providers: [{ provide: REGISTRY_DIRECTORY, useFactory: () => new HttpRegistryDirectory() }, PublicUnitsService, PublicUnitsResolver],
  exports: [REGISTRY_DIRECTORY],
})
export class PublicResultsModule {}
