import { Context, Query, Resolver } from '@nestjs/graphql';
import { Access, requireSignedIn, type SubgraphContext } from '@simpul/service-kit';
import { agencyRef } from '../federation/registry-refs';
import { KippAccess } from './kipp-access';
import { KippPanel, KippRoles } from './kipp-roles.model';

@Resolver(() => KippRoles)
export class KippRolesResolver {
  constructor(private readonly access: KippAccess) {}

  @Access('signed-in')
  @Query(() => KippRoles, { description: 'Peran KIPP pemanggil, agar portal hanya menampilkan pekerjaan yang boleh dilakukannya' })
  async myKippRoles(@Context() context: SubgraphContext): Promise<KippRoles> {
    const caller = context.caller;
    requireSignedIn(caller);
    // The team of the newest competition the caller is appointed to (appointments are per competition).
    const [agencies, memberships] = await Promise.all([this.access.localAdminAgencies(context), this.access.memberships(context)]);
    const panel = memberships[0]?.panel ?? null;
    return {
      nationalAdmin: caller.role === 'NATIONAL_ADMIN',
      unitDesk: caller.role === 'UNIT_DESK' && caller.serviceUnitId !== null,
      localAdminOf: agencies.map((id) => ({ agency: agencyRef(id) })),
      evaluatorPanel: panel === null ? null : panel === 'TE' ? KippPanel.TE : KippPanel.TPI,
    };
  }
}
