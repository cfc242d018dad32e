import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { SkmHeadlineGap } from '../results/ikm-headline';
import { SkmLatestIkm } from '../results/result.model';
import { ResultsService, type UnitHeadline } from '../results/results.service';
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

  private headline(unit: ServiceUnit, context: SubgraphContext): Promise<UnitHeadline> {
    const loader = context.loaders.get(
      'unit.headline',
      () =>
        new DataLoader<string, UnitHeadline>(async (ids) => {
          const found = await this.results.headlinesForUnits(ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)));
          return ids.map((id) => found.get(id) ?? { ikm: null, gap: SkmHeadlineGap.NO_ANSWERS, periodKind: null });
        }),
    );
    return loader.load(unit.id);
  }

  // IKM results are public by design (PEKPPP indicators 7–8 score publishing them).
  @ResolveField(() => SkmLatestIkm, {
    nullable: true,
    description:
      'IKM utama unit: periode selesai terbaru yang jawabannya sudah ditinjau dan sampelnya cukup; null bila belum ada (latestIkmGap menyebut alasannya)',
  })
  async latestIkm(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<SkmLatestIkm | null> {
    return (await this.headline(unit, context)).ikm;
  }

  @ResolveField(() => SkmHeadlineGap, { nullable: true, description: 'Mengapa latestIkm kosong; null bila ada' })
  async latestIkmGap(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<SkmHeadlineGap | null> {
    return (await this.headline(unit, context)).gap;
  }
}
