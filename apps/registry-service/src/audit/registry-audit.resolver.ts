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
import { assertMayReadHistory, canReadUserHistory } from '../access/history-access';
import { User } from '../identity/user.entity';
import { AUDIT_SCHEMA, REGISTRY_AUDITED_TYPES, registryHistory } from './registry-audit';

@Resolver(() => User)
export class RegistryAuditResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => AuditEntryConnection, {
    description: 'Log audit registri (instansi, unit, layanan, pengguna, plugin desk), terbaru dahulu; admin nasional',
  })
  async registryAuditLog(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    return registryHistory(
      await auditLogConnection(this.dataSource, { schema: AUDIT_SCHEMA, objectTypes: REGISTRY_AUDITED_TYPES, filter, first, after }),
    );
  }

  @ResolveField(() => AuditEntryConnection, { description: 'Riwayat perubahan akun (tanpa kata sandi atau token), terbaru dahulu' })
  async changes(
    @Parent() user: User,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadHistory(context.caller, canReadUserHistory(context.caller, user));
    return objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'User', first, after).load(user.id);
  }
}
