import { Group, Stack, Table, Text, Title } from '@mantine/core';
import {
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
import { useIssueDocument } from '../../report/issue-document.operations';
import { OMBUDSMAN_PRINT } from './ombudsman-print-messages';
import { OMBUDSMAN_SUMMARY_PRINT, type OmbudsmanSummaryData } from './ombudsman-print.operations';
import { latestResult, officialBesideLatest, ombudsmanFigures } from './ombudsman-summary-figures';

/** `/evaluasi/ombudsman/instansi/:agencyId/cetak`, public: the instansi's Ombudsman compliance summary on A4. */
export function OmbudsmanSummaryPrintPage() {
  const { agencyId = '' } = useParams();
  const query = useQuery(OMBUDSMAN_SUMMARY_PRINT, { agencyId });
  return <QueryView query={query}>{(data) => (data.agency ? <Summary data={data} agency={data.agency} /> : null)}</QueryView>;
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

function Summary({ data, agency }: { data: OmbudsmanSummaryData; agency: NonNullable<OmbudsmanSummaryData['agency']> }) {
  const r = useT(OMBUDSMAN_PRINT);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { user } = useSession();
  const issueFn = useIssueDocument();
  const latest = latestResult(data);
  const official = officialBesideLatest(data);
  const { history, changeSinceLastYear: change } = data.ombudsmanCompliance;
  const score = (value: number | null) => (value === null ? r('none') : format.number(value, 2));
  const document = useMemo<DocumentToIssue>(
    () => ({
      kind: 'OMBUDSMAN_SUMMARY',
      subjectId: agency.id,
      title: `${r('documentTitle')} — ${agency.name}`,
      figures: ombudsmanFigures(data, agency.name, r, language, format.number),
      sourcePath: to(`/ombudsman/instansi/${agency.id}/cetak`),
    }),
    [data, agency, r, language, format.number, to],
  );
  const issue = useDocumentIssue(issueFn, document, user !== null);
  const pageTitle = r('pageTitle', { agency: agency.name });
  const place = (agency.region?.name ?? '').replace(/^(Kota|Kabupaten)\s+/i, '');
  return (
    <Stack gap="lg">
      <PageHeader
        title={pageTitle}
        breadcrumbs={[
          { label: 'Ombudsman', to: to('/ombudsman') },
          { label: agency.name, to: to(`/ombudsman/instansi/${agency.id}`) },
          { label: r('crumb') },
        ]}
        actions={<PrintButton />}
      />
      <ReportCardSheet label={pageTitle}>
        <Letterhead body={r('ministry')} lines={[r('country'), r('deputy')]} demo={history.some((result) => result.origin === 'DEMO')} />
        <Stack gap={0} align="center">
          <Title order={2} ta="center">
            {r('documentTitle')}
          </Title>
          <Text ta="center" fw={600}>
            {agency.name}
          </Text>
          <Text ta="center" size="sm">
            {r('basis')}
          </Text>
        </Stack>

        <Section title={r('section.agency')}>
          <Table withTableBorder variant="vertical">
            <Table.Tbody>
              <Row label={r('agency')}>{agency.name}</Row>
              {agency.region && <Row label={r('region')}>{agency.region.name}</Row>}
            </Table.Tbody>
          </Table>
        </Section>

        {!latest ? (
          <Text>{r('noResult')}</Text>
        ) : (
          <>
            <Section title={r('section.latest')}>
              <Table withTableBorder variant="vertical">
                <Table.Caption>{r('latestCaption')}</Table.Caption>
                <Table.Tbody>
                  <Row label={r('year')}>{latest.year}</Row>
                  <Row label={r('method')}>{r(`method.${latest.methodVersion}`)}</Row>
                  <Row label={r('score')}>{score(latest.score)}</Row>
                  <Row label={r('zone')}>{latest.zoneLabel[language]}</Row>
                  {latest.opinionLabel && (
                    <Row label={r('opinion')}>
                      {latest.opinion} — {latest.opinionLabel[language]}
                    </Row>
                  )}
                  {latest.maladministrationRisk && <Row label={r('risk')}>{latest.maladministrationRisk}</Row>}
                  <Row label={r('origin')}>{r(`origin.${latest.origin}`)}</Row>
                  {latest.source && <Row label={r('source')}>{latest.source}</Row>}
                </Table.Tbody>
              </Table>
            </Section>

            {official && (
              <Section title={r('officialTitle', { year: official.year })}>
                <Table withTableBorder variant="vertical">
                  <Table.Caption>{r('officialCaption')}</Table.Caption>
                  <Table.Tbody>
                    <Row label={r('method')}>{r(`method.${official.methodVersion}`)}</Row>
                    <Row label={r('score')}>{score(official.score)}</Row>
                    <Row label={r('zone')}>{official.zoneLabel[language]}</Row>
                    {official.opinionLabel && (
                      <Row label={r('opinion')}>
                        {official.opinion} — {official.opinionLabel[language]}
                      </Row>
                    )}
                    {official.source && <Row label={r('source')}>{official.source}</Row>}
                  </Table.Tbody>
                </Table>
              </Section>
            )}

            <Section title={r('section.change')}>
              <Text>{change ? change.summary[language] : r('noChange')}</Text>
            </Section>

            {latest.dimensions.length > 0 && (
              <Section title={r('section.dimensions')}>
                <Table withTableBorder fz="sm">
                  <Table.Caption>{r('dimensionsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{r('dimension')}</Table.Th>
                      <Table.Th ta="right">{r('score')}</Table.Th>
                      <Table.Th ta="right">{r('weight')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {latest.dimensions.map((d) => (
                      <Table.Tr key={d.dimension}>
                        <Table.Td>{r(`dimension.${d.dimension}`)}</Table.Td>
                        <Table.Td ta="right">{format.number(d.score, 2)}</Table.Td>
                        <Table.Td ta="right">{d.weight === null ? r('none') : `${format.number(d.weight)}%`}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Section>
            )}

            <Section title={r('section.history')}>
              <Table withTableBorder striped fz="sm">
                <Table.Caption>{r('historyCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{r('year')}</Table.Th>
                    <Table.Th>{r('method')}</Table.Th>
                    <Table.Th ta="right">{r('score')}</Table.Th>
                    <Table.Th>{r('zone')}</Table.Th>
                    <Table.Th>{r('opinion')}</Table.Th>
                    <Table.Th>{r('origin')}</Table.Th>
                    <Table.Th>{r('source')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.map((result) => (
                    <Table.Tr key={result.id}>
                      <Table.Td>{result.year}</Table.Td>
                      <Table.Td>{r(`method.${result.methodVersion}`)}</Table.Td>
                      <Table.Td ta="right">{score(result.score)}</Table.Td>
                      <Table.Td>{result.zoneLabel[language]}</Table.Td>
                      <Table.Td>
                        {result.opinionLabel ? `${result.opinion ?? ''} ${result.opinionLabel[language]}`.trim() : r('none')}
                      </Table.Td>
                      <Table.Td>{r(`origin.${result.origin}`)}</Table.Td>
                      <Table.Td>{result.source ?? r('none')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>

            {latest.unitFindings.length > 0 && (
              <Section title={r('section.findings')}>
                <Table withTableBorder fz="sm">
                  <Table.Caption>{r('findingsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{r('unit')}</Table.Th>
                      <Table.Th ta="right">{r('score')}</Table.Th>
                      <Table.Th>{r('zone')}</Table.Th>
                      <Table.Th>{r('note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {latest.unitFindings.map((finding, index) => (
                      <Table.Tr key={`${index}-${finding.unitName}`}>
                        <Table.Td>{finding.unitName}</Table.Td>
                        <Table.Td ta="right">{score(finding.score)}</Table.Td>
                        <Table.Td>{finding.zone ? r(`zone.${finding.zone}`) : r('none')}</Table.Td>
                        <Table.Td>{finding.note ?? r('none')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Section>
            )}
          </>
        )}

        <Group justify="space-between" align="flex-end" wrap="wrap" className="simpul-keep">
          <VerificationQr issue={issue} />
          <IssuerSignatory place={place} date={new Date()} />
        </Group>
      </ReportCardSheet>
    </Stack>
  );
}
