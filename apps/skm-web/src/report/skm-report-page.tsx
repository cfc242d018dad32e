import { Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IKM_CATEGORY_TABLE } from '@simpul/scoring';
import {
  dateInWords,
  DocumentDate,
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
import { nodes, useBasePath, useFormat, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { SKM } from '../messages';
import { ElementName, useSkmLabels } from '../shared/labels';
import { placeOf, skmReportFigures, surveyedName } from './skm-report-figures';
import { SKM_REPORT_TEXT } from './skm-report-messages';
import { SKM_REPORT, useIssueDocument, type SkmReportData } from './skm-report.operations';

const PROFILE_DIMENSIONS = [
  ['sex', 'SEX', 'sex'],
  ['age', 'AGE_BAND', 'ageBand'],
  ['education', 'EDUCATION', 'education'],
  ['occupation', 'OCCUPATION', 'occupation'],
] as const;

/** `/skm/surveys/:surveyId/report`: the survey's report in the structure of PermenPANRB 14/2017, on A4. */
export function SkmReportPage() {
  const { surveyId = '' } = useParams();
  const t = useT(SKM);
  const query = useQuery(SKM_REPORT, { id: surveyId });
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ skmSurvey }) => <SkmReport survey={skmSurvey} />}
    </QueryView>
  );
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
      <Table.Th w="40%">{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function SkmReport({ survey }: { survey: SkmReportData }) {
  const t = useT(SKM);
  const r = useT(SKM_REPORT_TEXT);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const [language] = useLanguage();
  const { user } = useSession();
  const issueFn = useIssueDocument();
  const { result } = survey;
  const { ikm, sample } = result;
  const name = surveyedName(survey, r);
  const period = labels.period(survey);
  const document = useMemo<DocumentToIssue>(
    () => ({
      kind: 'SKM_REPORT',
      subjectId: survey.id,
      title: `${r('documentTitle')} — ${name}, ${period}`,
      figures: skmReportFigures(survey, period, r, language, format.number),
      sourcePath: to(`/surveys/${survey.id}/report`),
    }),
    [survey, name, period, r, language, format.number, to],
  );
  const issue = useDocumentIssue(issueFn, document, user !== null);
  const followUps = nodes(survey.followUps);
  const sorted = [...result.elements].sort((a, b) => a.value - b.value);
  const lowest = sorted.slice(0, Math.min(3, sorted.length));
  const highest = sorted.slice(-Math.min(3, sorted.length)).reverse();
  const weak = result.elements.filter((e) => e.weak);
  const elementList = (list: typeof sorted) =>
    list.map((e) => `${e.code} ${labels.element(e.code, e.name)} (${format.number(e.value, 2)})`).join(', ');
  const bucket = (prefix: string, value: string) => (value === 'UNKNOWN' ? t('breakdown.unknown') : t(`${prefix}.${value}`));
  const issuingBody = survey.serviceUnit?.agency.name ?? survey.desk?.mall.name ?? name;
  const place = placeOf(survey.serviceUnit?.region.name ?? survey.desk?.mall.regency.name);
  const today = new Date();
  const pageTitle = r('pageTitle', { survey: survey.title });
  return (
    <Stack gap="lg">
      <PageHeader
        title={pageTitle}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: survey.title, to: to(`/surveys/${survey.id}`) }, { label: r('crumb') }]}
        actions={<PrintButton />}
      />
      <ReportCardSheet label={pageTitle}>
        <Letterhead body={issuingBody} lines={survey.serviceUnit ? [name] : []} demo={result.origin === 'DEMO'} />
        <Stack gap={0} align="center">
          <Title order={2} ta="center">
            {r('documentTitle')}
          </Title>
          <Text ta="center" fw={600}>
            {r('documentPeriod', { unit: name, period })}
          </Text>
          <Text ta="center" size="sm">
            {r('documentBasis')}
          </Text>
        </Stack>

        <Section title={r('section.identity')}>
          <Table withTableBorder variant="vertical">
            <Table.Caption>{r('identityCaption')}</Table.Caption>
            <Table.Tbody>
              <Row label={r('unit')}>{name}</Row>
              {survey.serviceUnit && <Row label={r('agency')}>{survey.serviceUnit.agency.name}</Row>}
              <Row label={r('period')}>{period}</Row>
              <Row label={r('dates')}>
                {r('datesValue', { from: dateInWords(survey.startsOn, language), until: dateInWords(survey.endsOn, language) })}
              </Row>
              <Row label={r('method')}>{r('methodValue')}</Row>
            </Table.Tbody>
          </Table>
        </Section>

        <Section title={r('section.sample')}>
          <Table withTableBorder variant="vertical">
            <Table.Caption>{r('sampleCaption')}</Table.Caption>
            <Table.Tbody>
              <Row label={r('population')}>
                {sample.expectedUsers === null ? r('populationMissing') : format.number(sample.expectedUsers)}
              </Row>
              <Row label={r('required')}>{sample.required === null ? r('requiredMissing') : format.number(sample.required)}</Row>
              <Row label={r('respondents')}>{format.number(sample.respondents)}</Row>
              <Row label={r('excluded')}>{format.number(result.exclusions.excluded)}</Row>
              {sample.adequate !== null && (
                <Row label={r('adequacy')}>
                  {sample.adequate ? r('adequate') : r('short', { count: format.number(sample.shortBy ?? 0) })}
                </Row>
              )}
            </Table.Tbody>
          </Table>
        </Section>

        <Section title={r('section.profile')}>
          {sample.respondents === 0 ? (
            <Text>{r('noProfile')}</Text>
          ) : (
            <SimpleGrid cols={2} spacing="sm">
              {PROFILE_DIMENSIONS.map(([alias, dimension, prefix]) => {
                const rows = nodes(result[alias]);
                const total = rows.reduce((sum, row) => sum + row.respondents, 0);
                return (
                  <Table key={alias} withTableBorder fz="sm">
                    <Table.Caption>{r('profileCaption', { dimension: t(`dimension.${dimension}`) })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{r('group')}</Table.Th>
                        <Table.Th ta="right">{r('count')}</Table.Th>
                        <Table.Th ta="right">{r('share')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((row) => (
                        <Table.Tr key={row.bucket}>
                          <Table.Td>{bucket(prefix, row.bucket)}</Table.Td>
                          <Table.Td ta="right">{format.number(row.respondents)}</Table.Td>
                          <Table.Td ta="right">{total ? `${format.number((row.respondents / total) * 100, 1)}%` : '–'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                );
              })}
            </SimpleGrid>
          )}
        </Section>

        <Section title={r('section.result')}>
          {ikm ? (
            <Table withTableBorder variant="vertical">
              <Table.Caption>{r('resultCaption')}</Table.Caption>
              <Table.Tbody>
                <Row label={r('ikm')}>
                  <Text span fw={800} fz="xl">
                    {format.number(ikm.value, 2)}
                  </Text>
                </Row>
                <Row label={r('ikmInterval')}>{format.number(ikm.interval, 4)}</Row>
                <Row label={r('mutu')}>{ikm.category.code}</Row>
                <Row label={r('kinerja')}>{language === 'en' ? ikm.category.labelEn : ikm.category.label}</Row>
              </Table.Tbody>
            </Table>
          ) : (
            <Text>{r('noIkm')}</Text>
          )}
          <Table withTableBorder fz="sm">
            <Table.Caption>{r('bandsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{r('bandRange')}</Table.Th>
                <Table.Th>{r('mutu')}</Table.Th>
                <Table.Th>{r('kinerja')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IKM_CATEGORY_TABLE.bands.map((band) => (
                <Table.Tr key={band.code} fw={ikm?.category.code === band.code ? 700 : undefined}>
                  <Table.Td>
                    {format.number(Number(band.min), 2)} – {format.number(Number(band.max), 2)}
                  </Table.Td>
                  <Table.Td>{band.code}</Table.Td>
                  <Table.Td>{language === 'en' ? band.labelEn : band.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {result.source && <Text size="sm">{r('source', { source: result.source })}</Text>}
        </Section>

        {result.elements.length > 0 && (
          <Section title={r('section.elements')}>
            <Table withTableBorder striped>
              <Table.Caption>{r('elementsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r('element')}</Table.Th>
                  <Table.Th ta="right">{r('answered')}</Table.Th>
                  <Table.Th ta="right">{r('nrr')}</Table.Th>
                  <Table.Th ta="right">{r('value')}</Table.Th>
                  <Table.Th>{r('mutu')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.elements.map((e) => (
                  <Table.Tr key={e.code}>
                    <Table.Td>
                      <ElementName code={e.code} name={e.name} />
                    </Table.Td>
                    <Table.Td ta="right">{format.number(e.answered)}</Table.Td>
                    <Table.Td ta="right">{format.number(e.nrr, 2)}</Table.Td>
                    <Table.Td ta="right">{format.number(e.value, 2)}</Table.Td>
                    <Table.Td>{e.categoryCode}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        )}

        {result.elements.length > 0 && (
          <Section title={r('section.analysis')}>
            <Text>{r('weakest', { list: elementList(lowest) })}</Text>
            <Text>{r('strongest', { list: elementList(highest) })}</Text>
            <Text>{weak.length ? r('weakList', { list: elementList(weak) }) : r('noWeak')}</Text>
          </Section>
        )}

        <Section title={r('section.followUps')}>
          {followUps.length === 0 ? (
            <Text>{r('noFollowUps')}</Text>
          ) : (
            <Table withTableBorder fz="sm">
              <Table.Caption>{r('followUpsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r('element')}</Table.Th>
                  <Table.Th>{r('action')}</Table.Th>
                  <Table.Th>{r('owner')}</Table.Th>
                  <Table.Th>{r('dueOn')}</Table.Th>
                  <Table.Th>{r('status')}</Table.Th>
                  <Table.Th>{r('outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {followUps.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <ElementName code={f.elementCode} name={f.elementName} />
                    </Table.Td>
                    <Table.Td>{f.action}</Table.Td>
                    <Table.Td>{f.owner}</Table.Td>
                    <Table.Td>
                      <DocumentDate value={f.dueOn} />
                    </Table.Td>
                    <Table.Td>{t(`status.${f.status}`)}</Table.Td>
                    <Table.Td>{f.outcome ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>

        <Section title={r('section.conclusion')}>
          <Text>
            {ikm
              ? r('conclusion', {
                  unit: name,
                  period,
                  ikm: format.number(ikm.value, 2),
                  mutu: ikm.category.code,
                  kinerja: language === 'en' ? ikm.category.labelEn : ikm.category.label,
                  respondents: format.number(sample.respondents),
                })
              : r('conclusionNone', { unit: name, period })}{' '}
            {ikm && sample.required !== null
              ? sample.adequate
                ? r('conclusionSample', { required: format.number(sample.required) })
                : r('conclusionShort', { required: format.number(sample.required) })
              : ''}
          </Text>
        </Section>

        <Group justify="space-between" align="flex-end" wrap="wrap" className="simpul-keep">
          <VerificationQr issue={issue} />
          <IssuerSignatory place={place} date={today} />
        </Group>
      </ReportCardSheet>
    </Stack>
  );
}
