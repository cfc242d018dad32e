import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type { MallDashboardQuery, MallDashboardQueryVariables } from '../__generated__/operations';
import { DESK_IKM } from '../shared/desk-ikm';

export type MallDashboard = MallDashboardQuery['mallDashboard'];
export type FunnelStep = MallDashboard['funnel'][number];
export type WeekdayOccupancy = MallDashboard['occupancy'][number];
export type VisitorPoint = MallDashboard['visitorTrend'][number];
export type ExpiringAgreement = NodeOf<MallDashboard['agreementsNearingExpiry']>;
export type ServiceNotReady = NodeOf<MallDashboard['servicesNotReady']>;
export type DeskStats = NodeOf<MallDashboard['busiestDesks']>;
export type QuotaUse = NodeOf<MallDashboard['quotaUse']>;
/** A desk with its latest IKM from SKM (the dashboard lists every desk, not only the busiest). */
export type DashboardDesk = NonNullable<MallDashboardQuery['mall']>['desks'][number];

export const MALL_DASHBOARD = gql<MallDashboardQuery, MallDashboardQueryVariables>`
query MallDashboard($mallId: ID!) {
  mall(id: $mallId) { id name status desks { id number label ${DESK_IKM} } }
  mallDashboard(mallId: $mallId) {
    from to origin
    funnel { step current reached }
    occupancy { weekday open desks occupied rate }
    visitorTrend(granularity: WEEK) { period visitors complaints deskDays }
    agreementsNearingExpiry(first: 50) { ${connectionOf('tenancy { id } agency { id name } agreement { id number expiresOn daysToExpiry status }')} }
    servicesNotReady(first: 50) { ${connectionOf('tenancyServiceId tenancy { id step } agency { id name } service { id name } reason missingComponents unpublishedComponents')} }
    busiestDesks(first: 5) { ${connectionOf(`desk { id number label ${DESK_IKM} } visitors complaints days averagePerDay`)} }
    quotaUse(first: 50) { ${connectionOf('service { id name } agency { id name } dailyQuota days visitors use daysOverQuota peakDay')} }
  }
}`;
