import { Module } from '@nestjs/common';
import { EvidenceAccess } from './evidence-access.service';
import { LokusAccess } from './lokus-access.service';

/**
 * The data-dependent "who may" rules (own unit, assigned evaluator, published cycle). Role rules
 * are the `@Access(...)` decorators on the resolvers, enforced by service-kit's AccessGuard.
 */
@Module({
  providers: [LokusAccess, EvidenceAccess],
  exports: [LokusAccess, EvidenceAccess],
})
export class AccessModule {}
