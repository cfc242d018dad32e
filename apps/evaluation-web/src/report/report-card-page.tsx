import { Group, List, Stack, Table, Text, Title } from '@mantine/core';
import {
  DocumentDate,
  GradeBadge,
  LoadingState,
  IssuerSignatory,
  Letterhead,
  OriginBadge,
  PageHeader,
  PrintButton,
  QueryView,
  ReportCardSheet,
  VerificationQr,
  useDocumentIssue,
  type DocumentToIssue,
} from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useSession, useT, type Language } from '@simpul/web-kit';
import { lazy, Suspense, useMemo } from 'react';
import { useParams } from 'react-router';
import type { ReportCardQuery } from '../__generated__/operations';
import { FollowUpProgressSection } from '../follow-up/follow-up-progress-section';
import { EVALUATION } from '../messages';
import { GapLink } from '../gap/gap-link';
import { ResultSummary } from '../results/result-summary';
import { REPORT_CARD } from '../results/results.operations';
import { TrendChart } from '../results/trend-chart';
import { CohortName } from '../shared/cohort-name';
import { ExplanationSection } from './explanation-section';
import { useIssueDocument } from './issue-document.operations';
import { RAPOR } from './rapor-messages';

// Only a national admin sees the correction form: its fields (and Mantine's form inputs) are fetched
// for them alone, not on every visitor's first load of a rapor (issue #17).
const CorrectionForm = lazy(() => import('./correction-form').then((module) => ({ default: module.CorrectionForm })));

type Card = ReportCardQuery['reportCard'];
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The key figures as printed, which the registry records so the QR's page shows the same ones. */
export function raporFigures(
  card: Card,
  r: Translate,
  language: Language,
  number: (value: number, digits?: number) => string,
): DocumentToIssue['figures'] {
  const result = card.result;
  const category = language === 'en' ? result.category.labelEn : result.category.label;
  return [
    { label: r('figure.unit'), value: card.lokus.unitName },
    { label: r('figure.cycle'), value: card.lokus.cycle.name },
    { label: r('figure.ipp'), value: number(result.index, 2) },
    { label: r('figure.category'), value: `${result.category.code} (${category})` },
    ...(result.rankLabel ? [{ label: r('figure.rank'), value: result.rankLabel[language] }] : []),
    ...(result.evaluatorIndex === null
      ? []
      : [
          {
            label: r('figure.parts'),
            value: `${number(result.evaluatorIndex, 2)} / ${result.userIndex === null ? '–' : number(result.userIndex, 2)}`,
          },
        ]),
    ...card.aspects.map((a) => ({ label: r('figure.aspect', { code: a.code.toUpperCase() }), value: number(a.score, 2) })),
    { label: r('figure.origin'), value: r(`origin.${result.origin}`) },
  ];
}

/** The unit's report card ("rapor"): an A4 sheet with letterhead, result, aspects, provenance, history and gap, signatory and verification QR. */
export function ReportCardPage() {
  const { lokusId = '' } = useParams();
  const query = useQuery(REPORT_CARD, { lokusId });
  return <QueryView query={query}>{({ reportCard }) => <Rapor card={reportCard} onCorrected={query.refetch} />}</QueryView>;
}

function Rapor({ card, onCorrected }: { card: Card; onCorrected: () => void }) {
  const t = useT(EVALUATION);
  const r = useT(RAPOR);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { user } = useSession();
  const issueFn = useIssueDocument();
  const title = t('rapor.title', { unit: card.lokus.unitName });
  const document = useMemo<DocumentToIssue>(
    () => ({
      kind: 'PEKPPP_RAPOR',
      subjectId: card.lokus.id,
      title: `${r('documentTitle')} — ${card.lokus.unitName}, ${card.lokus.cycle.name}`,
      figures: raporFigures(card, r, language, format.number),
      sourcePath: to(`/lokus/${card.lokus.id}/rapor`),
    }),
    [card, r, language, format.number, to],
  );
  const issue = useDocumentIssue(issueFn, document, user !== null);
  const demo = card.result.origin === 'DEMO' || card.result.indicatorsOrigin === 'DEMO';
  const today = new Date();
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description={[
          card.lokus.cycle.name,
          card.lokus.agencyName,
          card.lokus.provinceName,
          t('rapor.cohort', { cohort: language === 'en' ? card.lokus.cohortLabelEn : card.lokus.cohortLabel }),
        ]
          .filter(Boolean)
          .join(' · ')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: card.lokus.cycle.name, to: to(`/cycles/${card.result.cycleId}/results`) },
          { label: t('rapor.crumb') },
        ]}
        actions={
          <Group gap="md">
            <GapLink serviceUnitId={card.lokus.serviceUnitId} />
            <PrintButton />
          </Group>
        }
      />
      <ReportCardSheet label={title}>
        <Letterhead body={r('ministry')} lines={[r('country'), r('deputy')]} demo={demo} />
        <Stack gap={0} align="center">
          <Title order={2} ta="center">
            {r('documentTitle')}
          </Title>
          <Text ta="center">{r('documentSubtitle', { cycle: card.lokus.cycle.name })}</Text>
        </Stack>
        <Table withTableBorder variant="vertical" className="simpul-keep">
          <Table.Caption>{r('identityCaption')}</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w="30%">{r('unit')}</Table.Th>
              <Table.Td>{card.lokus.unitName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{r('agency')}</Table.Th>
              <Table.Td>{card.lokus.agencyName}</Table.Td>
            </Table.Tr>
            {card.lokus.provinceName && (
              <Table.Tr>
                <Table.Th>{r('province')}</Table.Th>
                <Table.Td>{card.lokus.provinceName}</Table.Td>
              </Table.Tr>
            )}
            <Table.Tr>
              <Table.Th>{r('cycle')}</Table.Th>
              <Table.Td>{card.lokus.cycle.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{r('cohort')}</Table.Th>
              <Table.Td>{language === 'en' ? card.lokus.cohortLabelEn : card.lokus.cohortLabel}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{r('printedOn')}</Table.Th>
              <Table.Td>
                <DocumentDate value={today} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <ResultSummary result={card.result} />
        {card.result.indicatorsOrigin === 'DEMO' && card.result.basis !== 'PUBLISHED_AGGREGATE' && (
          <Group gap="xs">
            <OriginBadge origin="DEMO" />
            <Text size="sm">{t('origin.demoIndicators')}</Text>
          </Group>
        )}
        <section aria-labelledby="aspects-title">
          <Title order={2} size="h3" id="aspects-title">
            {t('rapor.aspects')}
          </Title>
          {card.result.basis === 'PUBLISHED_AGGREGATE' && <Text mt="xs">{t('rapor.aspectsNotPublished')}</Text>}
          <Table withTableBorder striped mt="xs" hidden={card.result.basis === 'PUBLISHED_AGGREGATE'}>
            <Table.Caption>{t('rapor.aspectsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.aspect')}</Table.Th>
                <Table.Th ta="right">{t('col.weight')}</Table.Th>
                <Table.Th ta="right">{t('col.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {card.aspects.map((a) => (
                <Table.Tr key={a.code}>
                  <Table.Td>
                    {a.code.toUpperCase()}. {a.name}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(a.weight)}%</Table.Td>
                  <Table.Td ta="right">{format.number(a.score, 2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
        {card.result.explanation && <ExplanationSection explanation={card.result.explanation} instrumentId={card.lokus.instrumentId} />}
        {card.gap && (
          <section aria-labelledby="rapor-gap-title">
            <Title order={2} size="h3" id="rapor-gap-title">
              {t('rapor.gap')}
            </Title>
            <Text mt="xs">{card.gap.summary[language]}</Text>
            {card.gap.steps.length > 0 && (
              <List mt="xs">
                {card.gap.steps.map((s) => (
                  <List.Item key={s.indicatorCode}>
                    {t('rapor.gapStep', { code: s.indicatorCode, text: s.indicatorText.replace(/[.\s]+$/, ''), from: s.from, to: s.to })}
                    {s.targetDescriptor ? ` — ${s.targetDescriptor}` : ''}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
        )}
        <FollowUpProgressSection progress={card.followUpProgress} />
        {card.history.length > 0 && (
          <section aria-labelledby="rapor-history-title">
            <Title order={2} size="h3" id="rapor-history-title">
              {t('rapor.history')}
            </Title>
            <TrendChart points={card.history.map((h) => ({ label: h.cycleName, value: h.index, origin: h.origin, year: h.year }))} />
            <Table withTableBorder mt="xs">
              <Table.Caption>{t('rapor.historyCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('col.cycle')}</Table.Th>
                  <Table.Th ta="right">{t('col.ipp')}</Table.Th>
                  <Table.Th>{t('col.category')}</Table.Th>
                  <Table.Th>{t('col.rank')}</Table.Th>
                  <Table.Th>{t('col.cohort')}</Table.Th>
                  <Table.Th>{t('col.origin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.history.map((h) => (
                  <Table.Tr key={h.cycleId}>
                    <Table.Td>
                      {h.cycleName} ({t(`schemeName.${h.scheme}`)})
                    </Table.Td>
                    <Table.Td ta="right">{format.number(h.index, 2)}</Table.Td>
                    <Table.Td>
                      <GradeBadge grade={h.category} />
                    </Table.Td>
                    <Table.Td>{h.rank && h.cohortSize ? t('rank', { rank: h.rank, size: h.cohortSize }) : '–'}</Table.Td>
                    <Table.Td>
                      <CohortName of={h} />
                    </Table.Td>
                    <Table.Td>
                      <OriginBadge origin={h.origin} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        )}
        <Group justify="space-between" align="flex-end" wrap="wrap" className="simpul-keep">
          <VerificationQr issue={issue} />
          <IssuerSignatory place={card.lokus.provinceName ?? ''} date={today} />
        </Group>
      </ReportCardSheet>
      {user?.role === 'NATIONAL_ADMIN' && card.lokus.instrumentId !== null && (
        <div className="no-print">
          <Suspense fallback={<LoadingState />}>
            <CorrectionForm lokusId={card.lokus.id} instrumentId={card.lokus.instrumentId} onCorrected={onCorrected} />
          </Suspense>
        </div>
      )}
    </Stack>
  );
}
