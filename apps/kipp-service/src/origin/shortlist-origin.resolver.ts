import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DataOrigin, rowLoader, type SubgraphContext } from '@simpul/service-kit';
import { ShortlistEntry } from '../selection/shortlist.model';

interface ProposalOrigin {
  id: string;
  origin: DataOrigin;
}

/** A Top 99 / Top 45 entry takes its competition's origin: the demo seed's competitions list DEMO proposals. */
@Resolver(() => ShortlistEntry)
export class ShortlistOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DataOrigin, {
    description: 'Asal entri ini, yaitu asal kompetisinya: OFFICIAL (kompetisi yang dijalankan di sistem ini) atau DEMO (data contoh)',
  })
  async origin(@Parent() entry: ShortlistEntry, @Context() context: SubgraphContext): Promise<DataOrigin> {
    const row = await rowLoader(
      context,
      'proposal.competitionOrigin',
      (ids) =>
        this.dataSource.query<ProposalOrigin[]>(
          `SELECT p.id, c.origin FROM kipp.proposals p JOIN kipp.competitions c ON c.id = p.competition_id WHERE p.id = ANY($1::uuid[])`,
          [ids],
        ),
      (found) => found.id,
    ).load(entry.proposalId);
    return row?.origin ?? DataOrigin.OFFICIAL;
  }
}
