import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { EXPIRY_WARNING_DAYS } from '../agreements/agreement.model';
import {
  DeskStats, ExpiringAgreement, FunnelStep, MallDashboard, QuotaUse, ServiceNotReady, ServiceStats, TrendGranularity, VisitorPoint, WeekdayOccupancy,
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

  @ResolveField(() => [ExpiringAgreement], { description: `PKS yang berakhir dalam ${EXPIRY_WARNING_DAYS} hari (bawaan) atau sudah berakhir` })
  agreementsNearingExpiry(
    @Parent() dashboard: MallDashboard,
    @Args('withinDays', { type: () => Int, defaultValue: EXPIRY_WARNING_DAYS }) withinDays: number,
  ): Promise<ExpiringAgreement[]> {
    return this.dashboard.agreementsNearingExpiry(dashboard, withinDays);
  }

  @ResolveField(() => [ServiceNotReady], { description: 'Layanan yang belum dilayani dan alasannya' })
  servicesNotReady(@Parent() dashboard: MallDashboard): Promise<ServiceNotReady[]> {
    return this.dashboard.servicesNotReady(dashboard);
  }

  @ResolveField(() => [DeskStats], { description: 'Gerai tersibuk, dengan pengaduan' })
  busiestDesks(@Parent() dashboard: MallDashboard, @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number): Promise<DeskStats[]> {
    return this.dashboard.busiestDesks(dashboard, limit);
  }

  @ResolveField(() => [ServiceStats], { description: 'Layanan tersibuk' })
  busiestServices(@Parent() dashboard: MallDashboard, @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number): Promise<ServiceStats[]> {
    return this.dashboard.busiestServices(dashboard, limit);
  }

  @ResolveField(() => [QuotaUse], { description: 'Pemakaian kuota harian per layanan' })
  quotaUse(@Parent() dashboard: MallDashboard): Promise<QuotaUse[]> {
    return this.dashboard.quotaUse(dashboard);
  }
}
