import { Args, Int, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { CatalogueService } from '../catalogue/catalogue.service';
import { InnovationConnection } from '../catalogue/innovation.model';
import { ServiceUnit } from './service-unit.model';

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Access('public')
  @ResolveReference()
  resolveReference(reference: { id: string }): ServiceUnit {
    return { id: reference.id };
  }

  @ResolveField(() => InnovationConnection, { description: 'Inovasi unit di katalog KIPP, terbaru dahulu' })
  innovations(
    @Parent() unit: ServiceUnit,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.catalogue.listBy('service_unit_id', unit.id, first, after);
  }
}
