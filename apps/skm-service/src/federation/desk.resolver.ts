import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { ResultsService } from '../results/results.service';
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

  // Public, like ServiceUnit.latestIkm: an IKM is an aggregate that units must publish (PEKPPP
  // indicators 7–8), so the operator's dashboard, the admin and a public mall page all read the same
  // number. It never exposes answers, and the sample adequacy travels with it so a desk with too few
  // respondents is shown as such. One statement per request for every desk on the page (DataLoader).
  @ResolveField(() => SkmDeskIkm, { nullable: true, description: 'IKM terakhir gerai dari SKM (nilai, mutu, responden, periode, kecukupan sampel); null bila belum ada jawaban' })
  latestIkm(@Parent() desk: Desk, @Context() context: SubgraphContext): Promise<SkmDeskIkm | null> {
    const loader = context.loaders.get('desk.latestIkm', () => new DataLoader<string, SkmDeskIkm | null>(async (ids) => {
      const found = await this.results.latestForDesks(ids.filter((id) => UUID_LIKE.test(id)));
      return ids.map((id) => found.get(id) ?? null);
    }));
    return loader.load(desk.id);
  }
}
