import { dateInWords, type DocumentToIssue } from '@simpul/ui';
import type { MallReportCard, ReportMall } from './mpp-report.operations';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The counts the sheet prints, computed once so the paper and the registry's record agree. */
export function mallReportCounts(mall: ReportMall, dashboard: MallReportCard['mallDashboard']) {
  const tenants = mall.tenancies.edges.map((edge) => edge.node);
  return {
    tenantsTotal: mall.tenancies.totalCount,
    live: tenants.filter((tenancy) => tenancy.step === 'LIVE').length,
    services: tenants.reduce((sum, tenancy) => sum + tenancy.services.totalCount, 0),
    desks: mall.desks.length,
    desksWithIkm: mall.desks.filter((desk) => desk.latestIkm).length,
    visitors: dashboard.visitorTrend.reduce((sum, point) => sum + point.visitors, 0),
    complaints: dashboard.visitorTrend.reduce((sum, point) => sum + point.complaints, 0),
    activeAgreements: tenants.filter((tenancy) => tenancy.currentAgreement && tenancy.currentAgreement.status !== 'EXPIRED').length,
    expiring: dashboard.agreementsNearingExpiry.totalCount,
  };
}

/** The key figures as printed, which the registry records so the QR's page shows the same ones. */
export function mallReportFigures(
  data: MallReportCard,
  mall: ReportMall,
  r: Translate,
  statusLabel: string,
  language: 'id' | 'en',
  number: (value: number) => string,
): DocumentToIssue['figures'] {
  const counts = mallReportCounts(mall, data.mallDashboard);
  const origin = mall.origin === 'DEMO' || data.mallDashboard.origin === 'DEMO' ? 'DEMO' : mall.origin;
  return [
    { label: r('figure.mall'), value: mall.name },
    { label: r('figure.status'), value: statusLabel },
    { label: r('figure.tenants'), value: `${number(counts.live)} / ${number(counts.tenantsTotal)}` },
    { label: r('figure.services'), value: number(counts.services) },
    { label: r('figure.desks'), value: number(counts.desks) },
    { label: r('figure.desksWithIkm'), value: number(counts.desksWithIkm) },
    {
      label: r('figure.visitors', {
        from: dateInWords(data.mallDashboard.from, language),
        until: dateInWords(data.mallDashboard.to, language),
      }),
      value: number(counts.visitors),
    },
    { label: r('figure.complaints'), value: number(counts.complaints) },
    { label: r('figure.agreements'), value: `${number(counts.activeAgreements)} / ${number(counts.expiring)}` },
    { label: r('figure.origin'), value: r(`origin.${origin}`) },
  ];
}
