import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import {
  Access,
  auditLogConnection,
  AuditEntryConnection,
  AuditFilter,
  objectChangesLoader,
  type AuditEntry,
  type Connection,
  type SubgraphContext,
} from '@simpul/service-kit';
import { Desk } from '../desks/desk.model';
import { assertMayReadMallHistory } from '../access/mpp-access';
import { AUDIT_SCHEMA, MPP_AUDITED_TYPES } from './mpp-audit';

@Resolver(() => Desk)
export class DeskChangesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => AuditEntryConnection, {
    description: 'Log audit MPP (gerai, penetapan gerai, layanan dan kuota tenant), terbaru dahulu; admin nasional',
  })
  mppAuditLog(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    return auditLogConnection(this.dataSource, { schema: AUDIT_SCHEMA, objectTypes: MPP_AUDITED_TYPES, filter, first, after });
  }

  @ResolveField(() => AuditEntryConnection, {
    description: 'Riwayat gerai dan penetapannya per hari, terbaru dahulu (operator MPP ini dan admin nasional)',
  })
  changes(
    @Parent() desk: Desk,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadMallHistory(context, desk.mallId);
    return objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'Desk', first, after).load(desk.id);
  }
}
