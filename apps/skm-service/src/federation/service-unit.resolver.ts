import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { SkmLatestIkm } from '../results/result.model';
import { ResultsService } from '../results/results.service';
import { ServiceUnit } from './service-unit.model';
import DataLoader from 'dataloader';

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  constructor(private readonly results: ResultsService) {}

  @Access('public')
  @ResolveReference()
  resolveReference(reference: { id: string }): ServiceUnit {
    return { id: reference.id };
  }

  // IKM results are public by design (PEKPPP indicators 7–8 score publishing them).
  @ResolveField(() => SkmLatestIkm, { nullable: true, description: 'IKM terakhir unit dari SKM (nilai, mutu, periode, responden); null bila belum ada' })
  latestIkm(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<SkmLatestIkm | null> {
    const loader = context.loaders.get('unit.latestIkm', () => new DataLoader<string, SkmLatestIkm | null>(async (ids) => {
      const found = await this.results.latestForUnits(ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)));
      return ids.map((id) => found.get(id) ?? null);
    }));
    return loader.load(unit.id);
  }
}
