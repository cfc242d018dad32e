import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DataOrigin, rowLoader, rows, type SubgraphContext } from '@simpul/service-kit';
import { MallDashboard } from '../dashboard/dashboard.model';
import { Mall } from '../malls/mall.model';
import { PublishedMallCount } from '../national/national.model';
import { DeskDay } from '../visits/desk-day.model';

interface StoredOrigin {
  id: string;
  origin: DataOrigin;
}

const MALL_ORIGIN = { description: 'Asal data MPP ini: OFFICIAL (didaftarkan dan dicatat di sistem ini) atau DEMO (data contoh)' };

function mallOrigin(context: SubgraphContext, dataSource: DataSource, mallId: string): Promise<StoredOrigin | null> {
  return rowLoader(
    context,
    'mall.origin',
    (ids) => rows<StoredOrigin>(dataSource, `SELECT id, origin FROM mpp.malls WHERE id = ANY($1::uuid[])`, [ids]),
    (row) => row.id,
  ).load(mallId);
}

@Resolver(() => Mall)
export class MallOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DataOrigin, MALL_ORIGIN)
  async origin(@Parent() mall: Mall, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return (await mallOrigin(context, this.dataSource, mall.id))?.origin ?? DataOrigin.OFFICIAL;
  }
}

@Resolver(() => MallDashboard)
export class MallDashboardOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DataOrigin, { description: 'Asal angka dasbor: DEMO bila MPP ini data contoh (pengunjung dan gerai hasil seed)' })
  async origin(@Parent() dashboard: MallDashboard, @Context() context: SubgraphContext): Promise<DataOrigin> {
    return (await mallOrigin(context, this.dataSource, dashboard.mallId))?.origin ?? DataOrigin.OFFICIAL;
  }
}

@Resolver(() => DeskDay)
export class DeskDayOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DataOrigin, {
    description: 'Asal angka pengunjung hari ini: OFFICIAL (dicatat operator atau diimpor), DEMO (data contoh)',
  })
  async origin(@Parent() day: DeskDay, @Context() context: SubgraphContext): Promise<DataOrigin> {
    const found = await rowLoader(
      context,
      'deskDay.origin',
      (ids) => rows<StoredOrigin>(this.dataSource, `SELECT id, origin FROM mpp.desk_days WHERE id = ANY($1::uuid[])`, [ids]),
      (row) => row.id,
    ).load(day.id);
    return found?.origin ?? DataOrigin.OFFICIAL;
  }
}

@Resolver(() => PublishedMallCount)
export class PublishedMallCountOriginResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DataOrigin, { description: 'OFFICIAL: angka yang dipublikasikan KemenPAN-RB, dengan sumbernya' })
  async origin(@Parent() count: PublishedMallCount, @Context() context: SubgraphContext): Promise<DataOrigin> {
    const found = await rowLoader(
      context,
      'publishedMallCount.origin',
      (dates) =>
        rows<StoredOrigin>(
          this.dataSource,
          `SELECT to_char(as_of, 'YYYY-MM-DD') AS id, origin FROM mpp.published_mall_counts WHERE as_of = ANY($1::date[])`,
          [dates],
        ),
      (row) => row.id,
    ).load(String(count.asOf).slice(0, 10));
    return found?.origin ?? DataOrigin.OFFICIAL;
  }
}

export const FIGURE_ORIGIN_RESOLVERS = [
  MallOriginResolver,
  MallDashboardOriginResolver,
  DeskDayOriginResolver,
  PublishedMallCountOriginResolver,
];
