import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type Connection, type SubgraphContext } from '@simpul/service-kit';
import {
  DeskStatsConnection,
  ExpiringAgreementConnection,
  QuotaUseConnection,
  ServiceNotReadyConnection,
  ServiceStatsConnection,
} from './dashboard-lists.connection';
import { EXPIRY_WARNING_DAYS } from '../agreements/agreement.model';
import {
  DeskStats,
  ExpiringAgreement,
  FunnelStep,
  MallDashboard,
  QuotaUse,
  ServiceNotReady,
  ServiceStats,
  TrendGranularity,
  VisitorPoint,
  WeekdayOccupancy,
} from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver(() => MallDashboard)
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => MallDashboard, { description: 'Dasbor operator untuk satu MPP; rentang bawaan 90 hari terakhir' })
  mallDashboard(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('from', { type: () => String, nullable: true }) from?: string | null,
    @Args('to', { type: () => String, nullable: true }) to?: string | null,
  ): Promise<MallDashboard> {
    return this.dashboard.open(context, mallId, from, to);
  }

  @ResolveField(() => [FunnelStep], { description: 'Corong onboarding: tenant per tahap' })
  funnel(@Parent() dashboard: MallDashboard): Promise<FunnelStep[]> {
    return this.dashboard.funnel(dashboard);
  }

  @ResolveField(() => [WeekdayOccupancy], { description: 'Keterisian gerai per hari dalam pekan' })
  occupancy(@Parent() dashboard: MallDashboard): Promise<WeekdayOccupancy[]> {
    return this.dashboard.occupancy(dashboard);
  }

  @ResolveField(() => [VisitorPoint], { description: 'Tren pengunjung' })
  visitorTrend(
    @Parent() dashboard: MallDashboard,
    @Args('granularity', { type: () => TrendGranularity, defaultValue: TrendGranularity.WEEK }) granularity: TrendGranularity,
  ): Promise<VisitorPoint[]> {
    return this.dashboard.visitorTrend(dashboard, granularity);
  }

  @ResolveField(() => ExpiringAgreementConnection, {
    description: `PKS yang berakhir dalam ${EXPIRY_WARNING_DAYS} hari (bawaan) atau sudah berakhir, berhalaman, paling dekat dahulu`,
  })
  agreementsNearingExpiry(
    @Parent() dashboard: MallDashboard,
    @Args('withinDays', { type: () => Int, defaultValue: EXPIRY_WARNING_DAYS }) withinDays: number,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ExpiringAgreement>> {
    return this.dashboard.agreementsNearingExpiry(dashboard, withinDays, { first, after });
  }

  @ResolveField(() => ServiceNotReadyConnection, { description: 'Layanan yang belum dilayani dan alasannya, berhalaman' })
  servicesNotReady(
    @Parent() dashboard: MallDashboard,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ServiceNotReady>> {
    return this.dashboard.servicesNotReady(dashboard, { first, after });
  }

  @ResolveField(() => DeskStatsConnection, { description: 'Gerai tersibuk, dengan pengaduan, berhalaman' })
  busiestDesks(
    @Parent() dashboard: MallDashboard,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<DeskStats>> {
    return this.dashboard.busiestDesks(dashboard, { first, after });
  }

  @ResolveField(() => ServiceStatsConnection, { description: 'Layanan tersibuk, berhalaman' })
  busiestServices(
    @Parent() dashboard: MallDashboard,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ServiceStats>> {
    return this.dashboard.busiestServices(dashboard, { first, after });
  }

  @ResolveField(() => QuotaUseConnection, { description: 'Pemakaian kuota harian per layanan, berhalaman' })
  quotaUse(
    @Parent() dashboard: MallDashboard,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<QuotaUse>> {
    return this.dashboard.quotaUse(dashboard, { first, after });
  }
}
