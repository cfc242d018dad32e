import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { SubgraphContext } from '@simpul/service-kit';
import { Tenancy } from '../tenancies/tenancy.model';
import { TenancyService } from '../tenancies/tenancy.service';
import { Desk, DeskAssignment } from './desk.model';
import { DeskService } from './desk.service';

@Resolver(() => DeskAssignment)
export class DeskAssignmentResolver {
  constructor(
    private readonly desks: DeskService,
    private readonly tenancies: TenancyService,
  ) {}

  @ResolveField(() => Desk)
  async desk(@Parent() assignment: DeskAssignment, @Context() context: SubgraphContext): Promise<Desk> {
    return (await this.desks.loader(context).load(assignment.deskId)) as Desk;
  }

  @ResolveField(() => Tenancy)
  async tenancy(@Parent() assignment: DeskAssignment, @Context() context: SubgraphContext): Promise<Tenancy> {
    return (await this.tenancies.loader(context).load(assignment.tenancyId)) as Tenancy;
  }
}
