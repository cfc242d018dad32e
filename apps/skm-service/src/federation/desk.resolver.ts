import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { SkmHeadlineGap } from '../results/ikm-headline';
import { ResultsService, type DeskHeadline } from '../results/results.service';
import { Desk, SkmDeskIkm } from './desk.model';
import DataLoader from 'dataloader';

const UUID_LIKE = /^[0-9a-f-]{36}$/i;

@Resolver(() => Desk)
export class DeskResolver {
  constructor(private readonly results: ResultsService) {}

  @Access('public')
  @ResolveReference()
  resolveReference(reference: { id: string }): Desk {
    return { id: reference.id };
  }

  private headline(desk: Desk, context: SubgraphContext): Promise<DeskHeadline> {
    const loader = context.loaders.get(
      'desk.headline',
      () =>
        new DataLoader<string, DeskHeadline>(async (ids) => {
          const found = await this.results.headlinesForDesks(ids.filter((id) => UUID_LIKE.test(id)));
          return ids.map((id) => found.get(id) ?? { ikm: null, gap: SkmHeadlineGap.NO_ANSWERS, periodKind: null });
        }),
    );
    return loader.load(desk.id);
  }

  // Public, like ServiceUnit.latestIkm: an IKM is an aggregate that units must publish (PEKPPP
  // indicators 7–8), so the operator's dashboard, the admin and a public mall page all read the same
  // number. It never exposes answers, and the sample adequacy travels with it. One statement per
  // request for every desk on the page (DataLoader).
  @ResolveField(() => SkmDeskIkm, {
    nullable: true,
    description:
      'IKM utama gerai: periode selesai terbaru dengan jawaban yang sudah ditinjau dan sampel cukup; null bila belum ada (latestIkmGap menyebut alasannya)',
  })
  async latestIkm(@Parent() desk: Desk, @Context() context: SubgraphContext): Promise<SkmDeskIkm | null> {
    return (await this.headline(desk, context)).ikm;
  }

  @ResolveField(() => SkmHeadlineGap, { nullable: true, description: 'Mengapa latestIkm kosong; null bila ada' })
  async latestIkmGap(@Parent() desk: Desk, @Context() context: SubgraphContext): Promise<SkmHeadlineGap | null> {
    return (await this.headline(desk, context)).gap;
  }
}
