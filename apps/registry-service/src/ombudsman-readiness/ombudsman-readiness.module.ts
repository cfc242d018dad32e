import { Module } from '@nestjs/common';
import { OmbudsmanReadinessResolver } from './ombudsman-readiness.resolver';
import { OmbudsmanReadinessService } from './ombudsman-readiness.service';

/** Issue #16 §1: which components the Ombudsman checks a unit's own Standar Pelayanan misses or has unpublished. */
@Module({
  providers: [OmbudsmanReadinessService, OmbudsmanReadinessResolver],
})
export class OmbudsmanReadinessModule {}
