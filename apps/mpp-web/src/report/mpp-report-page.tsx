import { Group, Stack, Table, Text, Title } from '@mantine/core';
import {
  dateInWords,
  IssuerSignatory,
  Letterhead,
  PageHeader,
  PrintButton,
  QueryView,
  ReportCardSheet,
  VerificationQr,
  useDocumentIssue,
  type DocumentToIssue,
} from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { MallNav } from '../shared/mall-nav';
import { mallReportCounts, mallReportFigures } from './mpp-report-figures';
import { MPP_REPORT_TEXT } from './mpp-report-messages';
import { MALL_REPORT_CARD, useIssueDocument, type MallReportCard, type ReportMall } from './mpp-report.operations';

/** `/mpp/malls/:mallId/report`: the mall's report card on A4 (its operator and national admins). */
export function MppReportPage() {
  const { mallId = '' } = useParams();
  const query = useQuery(MALL_REPORT_CARD, { mallId });
  return <QueryView query={query}>{(data) => (data.mall ? <MallReport data={data} mall={data.mall} /> : null)}</QueryView>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" className="simpul-keep">
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="35%">{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** "2026-11" as "November 2026"; anything else as sent. */
function monthInWords(period: string, language: 'id' | 'en'): string {
  return /^\d{4}-\d{2}$/.test(period) ? dateInWords(`${period}-01`, language).replace(/^1 /, '') : period;
}

function MallReport({ data, mall }: { data: MallReportCard; mall: ReportMall }) {
  const t = useT(MPP);
  const r = useT(MPP_REPORT_TEXT);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { user } = useSession();
  const issueFn = useIssueDocument();
  const dashboard = data.mallDashboard;
  const counts = mallReportCounts(mall, dashboard);
  const statusLabel = t(`mallStatus.${mall.status}`);
  const document = useMemo<DocumentToIssue>(
    () => ({
      kind: 'MPP_REPORT_CARD',
      subjectId: mall.id,
      title: `${r('documentTitle')} — ${mall.name}`,
      figures: mallReportFigures(data, mall, r, statusLabel, language, (value) => format.number(value)),
      sourcePath: to(`/malls/${mall.id}/report`),
    }),
    [data, mall, r, statusLabel, language, format, to],
  );
  const issue = useDocumentIssue(issueFn, document, user !== null);
  const demo = mall.origin === 'DEMO' || dashboard.origin === 'DEMO';
  const tenants = [...mall.tenancies.edges.map((edge) => edge.node)].sort((a, b) => a.agency.name.localeCompare(b.agency.name));
  const desks = [...mall.desks].sort((a, b) => a.number - b.number);
  const pageTitle = r('pageTitle', { mall: mall.name });
  const place = mall.regency.name.replace(/^(Kota|Kabupaten)\s+/i, '');
  return (
    <Stack gap="lg">
      <PageHeader
        title={pageTitle}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: mall.name, to: to(`/malls/${mall.id}`) }, { label: r('crumb') }]}
        actions={<PrintButton />}
      />
      <MallNav mallId={mall.id} current="report" />
      <ReportCardSheet label={pageTitle}>
        <Letterhead
          body={mall.managingUnit?.agency.name ?? mall.regency.name}
          lines={[mall.name, ...(mall.address ? [mall.address] : [])]}
          demo={demo}
        />
        <Stack gap={0} align="center">
          <Title order={2} ta="center">
            {r('documentTitle')}
          </Title>
          <Text ta="center" fw={600}>
            {mall.name}
          </Text>
          <Text ta="center" size="sm">
            {r('documentPeriod', { from: dateInWords(dashboard.from, language), until: dateInWords(dashboard.to, language) })}
          </Text>
        </Stack>

        <Section title={r('section.identity')}>
          <Table withTableBorder variant="vertical">
            <Table.Caption>{r('identityCaption')}</Table.Caption>
            <Table.Tbody>
              <Row label={r('name')}>{mall.name}</Row>
              <Row label={r('status')}>{statusLabel}</Row>
              <Row label={r('region')}>
                {mall.regency.name}, {mall.province.name}
              </Row>
              {mall.address && <Row label={r('address')}>{mall.address}</Row>}
              <Row label={r('openedOn')}>{mall.openedOn ? dateInWords(mall.openedOn, language) : r('notOpened')}</Row>
              {mall.managingUnit && <Row label={r('managingUnit')}>{mall.managingUnit.name}</Row>}
            </Table.Tbody>
          </Table>
        </Section>

        <Section title={r('section.tenants')}>
          <Text>
            {r('tenantsSummary', {
              live: format.number(counts.live),
              total: format.number(counts.tenantsTotal),
              services: format.number(counts.services),
            })}
          </Text>
          {tenants.length > 0 && (
            <Table withTableBorder striped fz="sm">
              <Table.Caption>{r('tenantsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r('agency')}</Table.Th>
                  <Table.Th>{r('step')}</Table.Th>
                  <Table.Th>{r('agreement')}</Table.Th>
                  <Table.Th ta="right">{r('services')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tenants.map((tenancy) => (
                  <Table.Tr key={tenancy.id}>
                    <Table.Td>{tenancy.agency.name}</Table.Td>
                    <Table.Td>{t(`step.${tenancy.step}`)}</Table.Td>
                    <Table.Td>
                      {tenancy.currentAgreement
                        ? r('agreementValue', {
                            status: t(`agreementStatus.${tenancy.currentAgreement.status}`, {
                              days: tenancy.currentAgreement.daysToExpiry ?? 0,
                            }),
                            date: dateInWords(tenancy.currentAgreement.expiresOn, language),
                          })
                        : r('noAgreement')}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(tenancy.services.totalCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>

        <Section title={r('section.desks')}>
          <Text>{r('desksSummary', { desks: format.number(counts.desks), withIkm: format.number(counts.desksWithIkm) })}</Text>
          {desks.length > 0 && (
            <Table withTableBorder striped fz="sm">
              <Table.Caption>{r('desksCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r('desk')}</Table.Th>
                  <Table.Th ta="right">{r('ikm')}</Table.Th>
                  <Table.Th>{r('mutu')}</Table.Th>
                  <Table.Th ta="right">{r('respondents')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {desks.map((desk) => (
                  <Table.Tr key={desk.id}>
                    <Table.Td>{deskName(t, desk)}</Table.Td>
                    <Table.Td ta="right">{desk.latestIkm ? format.number(desk.latestIkm.value, 2) : r('noIkm')}</Table.Td>
                    <Table.Td>
                      {desk.latestIkm
                        ? `${desk.latestIkm.category.code} (${language === 'en' ? desk.latestIkm.category.labelEn : desk.latestIkm.category.label})`
                        : '–'}
                    </Table.Td>
                    <Table.Td ta="right">{desk.latestIkm ? format.number(desk.latestIkm.respondents) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>

        <Section title={r('section.visitors')}>
          <Table withTableBorder striped fz="sm">
            <Table.Caption>{r('visitorsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{r('month')}</Table.Th>
                <Table.Th ta="right">{r('visitors')}</Table.Th>
                <Table.Th ta="right">{r('complaints')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dashboard.visitorTrend.map((point) => (
                <Table.Tr key={point.period}>
                  <Table.Td>{monthInWords(point.period, language)}</Table.Td>
                  <Table.Td ta="right">{format.number(point.visitors)}</Table.Td>
                  <Table.Td ta="right">{format.number(point.complaints)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{r('total')}</Table.Td>
                <Table.Td ta="right">{format.number(counts.visitors)}</Table.Td>
                <Table.Td ta="right">{format.number(counts.complaints)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Section>

        <Section title={r('section.agreements')}>
          <Text>
            {r('agreementsSummary', { active: format.number(counts.activeAgreements), expiring: format.number(counts.expiring) })}
          </Text>
        </Section>

        <Group justify="space-between" align="flex-end" wrap="wrap" className="simpul-keep">
          <VerificationQr issue={issue} />
          <IssuerSignatory place={place} date={new Date()} />
        </Group>
      </ReportCardSheet>
    </Stack>
  );
}
