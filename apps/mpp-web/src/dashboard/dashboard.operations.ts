import { gql } from '@simpul/web-kit';
import { connectionOf, type Connection } from '../shared/connection';
import { DESK_IKM, type DeskIkm } from '../shared/desk-ikm';
import type { AgreementStatus, NotReadyReason, StandardComponent, TenancyStep, Weekday } from '../shared/enums';

export interface FunnelStep {
  step: TenancyStep;
  current: number;
  reached: number;
}

export interface WeekdayOccupancy {
  weekday: Weekday;
  open: boolean;
  desks: number;
  occupied: number;
  rate: number;
}

export interface VisitorPoint {
  period: string;
  visitors: number;
  complaints: number;
  deskDays: number;
}

export interface ExpiringAgreement {
  tenancy: { id: string };
  agency: { id: string; name: string };
  agreement: { id: string; number: string; expiresOn: string; daysToExpiry: number; status: AgreementStatus };
}

export interface ServiceNotReady {
  tenancyServiceId: string;
  tenancy: { id: string; step: TenancyStep };
  agency: { id: string; name: string };
  service: { id: string; name: string };
  reason: NotReadyReason;
  missingComponents: StandardComponent[];
  unpublishedComponents: StandardComponent[];
}

export interface DeskStats {
  desk: { id: string; number: number; label: string | null; latestIkm: DeskIkm | null };
  visitors: number;
  complaints: number;
  days: number;
  averagePerDay: number | null;
}

export interface QuotaUse {
  service: { id: string; name: string };
  agency: { id: string; name: string };
  dailyQuota: number;
  days: number;
  visitors: number;
  use: number;
  daysOverQuota: number;
  peakDay: number;
}

/** A desk with its latest IKM from SKM (the dashboard lists every desk, not only the busiest). */
export interface DashboardDesk {
  id: string;
  number: number;
  label: string | null;
  latestIkm: DeskIkm | null;
}

export interface MallDashboard {
  from: string;
  to: string;
  funnel: FunnelStep[];
  occupancy: WeekdayOccupancy[];
  visitorTrend: VisitorPoint[];
  agreementsNearingExpiry: Connection<ExpiringAgreement>;
  servicesNotReady: Connection<ServiceNotReady>;
  busiestDesks: Connection<DeskStats>;
  quotaUse: Connection<QuotaUse>;
}

export const MALL_DASHBOARD = gql<{ mall: { id: string; name: string; status: string; desks: DashboardDesk[] } | null; mallDashboard: MallDashboard }, { mallId: string }>`
query MallDashboard($mallId: ID!) {
  mall(id: $mallId) { id name status desks { id number label ${DESK_IKM} } }
  mallDashboard(mallId: $mallId) {
    from to
    funnel { step current reached }
    occupancy { weekday open desks occupied rate }
    visitorTrend(granularity: WEEK) { period visitors complaints deskDays }
    agreementsNearingExpiry(first: 50) { ${connectionOf('tenancy { id } agency { id name } agreement { id number expiresOn daysToExpiry status }')} }
    servicesNotReady(first: 50) { ${connectionOf('tenancyServiceId tenancy { id step } agency { id name } service { id name } reason missingComponents unpublishedComponents')} }
    busiestDesks(first: 5) { ${connectionOf(`desk { id number label ${DESK_IKM} } visitors complaints days averagePerDay`)} }
    quotaUse(first: 50) { ${connectionOf('service { id name } agency { id name } dailyQuota days visitors use daysOverQuota peakDay')} }
  }
}`;
