import { Module } from '@nestjs/common';
import { SkmAuditResolver } from './skm-audit.resolver';

/** The audit trail of survey settings. */
@Module({ providers: [SkmAuditResolver] })
export class AuditModule {}
