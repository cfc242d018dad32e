import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { OriginBadge, PageHeader, GradeBadge, QueryView } from '@simpul/ui';
import { useFormat, useLanguage, useQuery, useSession, useT, useBasePath } from '@simpul/web-kit';
import { useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { ResultSummary } from '../results/result-summary';
import { REPORT_CARD } from '../results/results.operations';
import { TrendChart } from '../results/trend-chart';
import { CohortName } from '../shared/cohort-name';
import { CorrectionForm } from './correction-form';
import { PRINT_STYLES } from './print-styles';

/** The unit's report card ("rapor"): result, aspects, provenance (formula and inputs), history and gap; prints on A4. */
export function ReportCardPage() {
  const { lokusId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { user } = useSession();
  const query = useQuery(REPORT_CARD, { lokusId });
  return (
    <QueryView query={query}>
      {({ reportCard: card }) => (
        <Stack gap="lg" className="simpul-rapor">
          <style>{PRINT_STYLES}</style>
          <PageHeader
            title={t('rapor.title', { unit: card.lokus.unitName })}
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
              <Button className="no-print" onClick={() => window.print()}>
                {t('rapor.print')}
              </Button>
            }
          />
          <ResultSummary result={card.result} />
          {card.result.indicatorsOrigin === 'DEMO' && (
            <Group gap="xs">
              <OriginBadge origin="DEMO" />
              <Text size="sm">{t('origin.demoIndicators')}</Text>
            </Group>
          )}
          <section aria-labelledby="aspects-title">
            <Title order={2} size="h3" id="aspects-title">
              {t('rapor.aspects')}
            </Title>
            <Table withTableBorder striped mt="xs">
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
          <section aria-labelledby="provenance-title">
            <Title order={2} size="h3" id="provenance-title">
              {t('rapor.provenance')}
            </Title>
            <Text mt="xs">{card.result.explanation.text[language]}</Text>
            <Text ff="monospace" size="sm" mt="xs">
              {card.result.explanation.formula}
            </Text>
            <Table withTableBorder mt="xs">
              <Table.Caption>{t('rapor.stepsCaption', { instrument: card.lokus.instrumentId })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('col.step')}</Table.Th>
                  <Table.Th>{t('col.formula')}</Table.Th>
                  <Table.Th>{t('col.inputs')}</Table.Th>
                  <Table.Th ta="right">{t('col.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {card.result.explanation.steps.map((step) => (
                  <Table.Tr key={step.id}>
                    <Table.Td>{step.label[language]}</Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {step.formula}
                    </Table.Td>
                    <Table.Td fz="xs">
                      {step.inputs
                        .map((i) => `${i.name} = ${format.number(i.value, 2)}${i.weight === null ? '' : ` × ${format.number(i.weight)}`}`)
                        .join('; ')}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(step.value, 2)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
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
          {card.history.length > 0 && (
            <section aria-labelledby="rapor-history-title">
              <Title order={2} size="h3" id="rapor-history-title">
                {t('rapor.history')}
              </Title>
              <TrendChart points={card.history.map((h) => ({ label: h.cycleName, value: h.index, origin: h.origin }))} />
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
          {user?.role === 'NATIONAL_ADMIN' && (
            <div className="no-print">
              <CorrectionForm lokusId={card.lokus.id} instrumentId={card.lokus.instrumentId} onCorrected={query.refetch} />
            </div>
          )}
          <Group className="print-only">
            <Text size="xs">{t('rapor.footer', { date: new Date().toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID') })}</Text>
          </Group>
        </Stack>
      )}
    </QueryView>
  );
}
