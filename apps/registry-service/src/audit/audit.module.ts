import { Module } from '@nestjs/common';
import { RegistryAuditResolver } from './registry-audit.resolver';

/** The audit trail of agencies, units, services and users (written by triggers, read here). */
@Module({
  providers: [RegistryAuditResolver],
})
export class AuditModule {}
