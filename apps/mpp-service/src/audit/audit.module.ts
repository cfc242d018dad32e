import { Module } from '@nestjs/common';
import { DeskChangesResolver } from './desk-changes.resolver';
import { TenancyChangesResolver } from './tenancy-changes.resolver';

/** The audit trail of desks and tenancies. */
@Module({ providers: [DeskChangesResolver, TenancyChangesResolver] })
export class AuditModule {}
