import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DataOrigin, rowLoader, type SubgraphContext } from '@simpul/service-kit';
import { Innovation } from '../catalogue/innovation.model';

interface InnovationOrigin {
  id: string;
  origin: DataOrigin;
  source: string | null;
}

/** A catalogue winner's stored origin: OFFICIAL from a competition run here (or a published award with its source), DEMO from the demo seed. */
@Resolver(() => Innovation)
export class InnovationOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  private load(innovation: Innovation, context: SubgraphContext): Promise<InnovationOrigin | null> {
    return rowLoader(
      context,
      'innovation.origin',
      (ids) =>
        this.dataSource.query<InnovationOrigin[]>(`SELECT id, origin, source FROM kipp.innovations WHERE id = ANY($1::uuid[])`, [ids]),
      (row) => row.id,
    ).load(innovation.id);
  }

  @ResolveField(() => DataOrigin, {
    description:
      'Asal penghargaan ini: OFFICIAL (kompetisi yang dijalankan di sistem ini, atau penghargaan yang dipublikasikan dengan sumbernya) atau DEMO (data contoh)',
  })
  async origin(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return (await this.load(innovation, context))?.origin ?? DataOrigin.OFFICIAL;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Sumber penghargaan yang dipublikasikan di luar sistem (keputusan atau berita, dengan tanggal)',
  })
  async source(@Parent() innovation: Innovation, @Context() context: SubgraphContext): Promise<string | null> {
    return (await this.load(innovation, context))?.source ?? null;
  }
}
