import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AuditEntryConnection, objectChangesLoader, type AuditEntry, type Connection, type SubgraphContext } from '@simpul/service-kit';
import { Tenancy } from '../tenancies/tenancy.model';
import { assertMayReadMallHistory } from '../access/mpp-access';
import { AUDIT_SCHEMA } from './mpp-audit';

@Resolver(() => Tenancy)
export class TenancyChangesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => AuditEntryConnection, {
    description:
      'Riwayat PKS tenant (pencatatan, perpanjangan, koreksi), layanan dan kuota hariannya, terbaru dahulu (operator MPP ini dan admin nasional)',
  })
  changes(
    @Parent() tenancy: Tenancy,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    assertMayReadMallHistory(context, tenancy.mallId);
    return objectChangesLoader(context, this.dataSource, AUDIT_SCHEMA, 'Tenancy', first, after).load(tenancy.id);
  }
}
