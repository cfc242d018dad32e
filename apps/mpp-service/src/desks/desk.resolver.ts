import { Args, Context, ID, Mutation, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext, isUuid } from '@simpul/service-kit';
import { Mall } from '../malls/mall.model';
import { MallService } from '../malls/mall.service';
import { TenancyService } from '../tenancies/tenancy.service';
import { AssignDeskInput, CreateDeskInput } from './desk.input';
import { Desk, DeskAssignment } from './desk.model';
import { DeskService } from './desk.service';

@Resolver(() => Desk)
export class DeskResolver {
  constructor(
    private readonly desks: DeskService,
    private readonly malls: MallService,
    private readonly tenancies: TenancyService,
  ) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Desk, { description: 'Menambah gerai bernomor' })
  createDesk(@Context() context: SubgraphContext, @Args('input') input: CreateDeskInput): Promise<Desk> {
    return this.desks.create(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => [DeskAssignment], {
    description:
      'Menetapkan gerai untuk tenant pada hari-hari tertentu, semua atau tidak sama sekali; gerai yang sudah dipakai pada hari itu menghasilkan CONFLICT',
  })
  assignDesk(@Context() context: SubgraphContext, @Args('input') input: AssignDeskInput): Promise<DeskAssignment[]> {
    return this.desks.assign(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => DeskAssignment, { description: 'Melepas penetapan gerai' })
  releaseDeskAssignment(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<DeskAssignment> {
    return this.desks.release(context, id);
  }

  @ResolveField(() => Mall)
  async mall(@Parent() desk: Desk, @Context() context: SubgraphContext): Promise<Mall> {
    return (await this.malls.loader(context).load(desk.mallId)) as Mall;
  }

  @ResolveField(() => [DeskAssignment], { description: 'Jadwal gerai per hari (tenant yang boleh dilihat pemanggil)' })
  async assignments(@Parent() desk: Desk, @Context() context: SubgraphContext): Promise<DeskAssignment[]> {
    const all = await this.desks.assignmentsLoader(context, 'desk').load(desk.id);
    const visible: DeskAssignment[] = [];
    for (const assignment of all) {
      const tenancy = await this.tenancies.loader(context).load(assignment.tenancyId);
      if (tenancy && (await this.tenancies.isVisible(context, tenancy))) visible.push(assignment);
    }
    return visible;
  }

  /**
   * Desks are as visible as their mall (public for ACTIVE malls); both lookups are batched so a
   * page of SKM rows referencing desks costs two queries, not two per row.
   */
  @Access('public')
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<Desk | null> {
    if (!isUuid(reference.id)) return null;
    const desk = await this.desks.loader(context).load(reference.id.toLowerCase());
    if (!desk) return null;
    return (await this.malls.find(context, desk.mallId)) ? desk : null;
  }
}
