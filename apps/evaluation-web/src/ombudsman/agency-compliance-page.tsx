import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, OriginWithSource, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { OMBUDSMAN } from './ombudsman-messages';
import { OMBUDSMAN_COMPLIANCE, type OmbudsmanDetail } from './ombudsman.operations';
import { ReadinessPanel } from './readiness-panel';
import { useFigureText } from './result-figure';
import { ZoneBadge } from './zone-badge';

/** /evaluasi/ombudsman/instansi/:agencyId — an instansi's yearly report card: latest, last official, change, dimensions, findings, history. */
export function AgencyCompliancePage() {
  const { agencyId = '' } = useParams();
  const t = useT(OMBUDSMAN);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const [language] = useLanguage();
  const query = useQuery(OMBUDSMAN_COMPLIANCE, { agencyId });
  return (
    <QueryView query={query}>
      {({ agency, ombudsmanCompliance }) => {
        const { history, latestOfficial, changeSinceLastYear: change } = ombudsmanCompliance;
        const latest = history[0];
        const name = agency?.name ?? latest?.agencyName ?? t('agency.unknown');
        const provinceCode = (agency?.regionCode ?? latest?.regionCode ?? '').split('.')[0];
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('agency.title', { agency: name })}
              breadcrumbs={[{ label: te('title'), to: to() }, { label: t('nav.link'), to: to('/ombudsman') }, { label: name }]}
              description={
                <Group gap="md" component="span">
                  <Anchor component={Link} to={`/registry/agencies/${agencyId}`}>
                    {t('agency.registryLink')}
                  </Anchor>
                  {provinceCode && (
                    <Anchor component={Link} to={to(`/ombudsman/provinsi/${provinceCode}`)}>
                      {t('agency.provinceLink')}
                    </Anchor>
                  )}
                  {latest && (
                    <Anchor component={Link} to={to(`/ombudsman/instansi/${agencyId}/cetak`)}>
                      {t('agency.printLink')}
                    </Anchor>
                  )}
                </Group>
              }
            />
            {!latest && <EmptyState title={t('agency.none')} />}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {latest && <ResultCard result={latest} heading={t('agency.latest', { year: latest.year })} headingId="latest-title" />}
              <Stack gap="md">
                {latestOfficial ? (
                  <Paper withBorder p="md" component="section" aria-labelledby="official-title">
                    <Stack gap={6}>
                      <Title order={2} size="h4" id="official-title">
                        {t('agency.latestOfficial', { year: latestOfficial.year })}
                      </Title>
                      <Group gap="sm">
                        <ZoneBadge zone={latestOfficial.zone} />
                        <FigureLine result={latestOfficial} />
                      </Group>
                      <OriginWithSource origin="OFFICIAL" source={latestOfficial.source} />
                    </Stack>
                  </Paper>
                ) : (
                  latest && <Text>{t('agency.noOfficial')}</Text>
                )}
                <ReadinessPanel agencyId={agencyId} />
              </Stack>
            </SimpleGrid>
            {latest && (
              <Stack component="section" aria-labelledby="change-title" gap={4}>
                <Title order={2} size="h3" id="change-title">
                  {t('agency.change')}
                </Title>
                {change ? (
                  <>
                    <Group gap="sm">
                      <ZoneBadge zone={change.zoneBefore} />
                      <Text aria-hidden="true">→</Text>
                      <ZoneBadge zone={change.zoneAfter} />
                    </Group>
                    <Text>{language === 'en' ? change.summary.en : change.summary.id}</Text>
                    {change.methodChanged && <Text size="sm">{t('agency.methodChanged')}</Text>}
                  </>
                ) : (
                  <Text>{t('agency.noChange')}</Text>
                )}
              </Stack>
            )}
            {latest && <Dimensions result={latest} />}
            {latest && latest.unitFindings.length > 0 && <Findings result={latest} />}
            {history.length > 0 && <History history={history} agency={name} />}
          </Stack>
        );
      }}
    </QueryView>
  );
}

function FigureLine({ result }: { result: Pick<OmbudsmanDetail, 'score' | 'opinion' | 'opinionLabel'> }) {
  const t = useT(OMBUDSMAN);
  const figure = useFigureText();
  return (
    <Text>
      {result.score !== null && `${t('col.score')} ${figure.score(result)}`}
      {result.score !== null && result.opinion && ' · '}
      {result.opinion && `${t('col.opinion')} ${figure.opinion(result)}`}
    </Text>
  );
}

function ResultCard({ result, heading, headingId }: { result: OmbudsmanDetail; heading: string; headingId: string }) {
  const t = useT(OMBUDSMAN);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={headingId}>
          {heading}
        </Title>
        <Group gap="sm">
          <ZoneBadge zone={result.zone} />
          <FigureLine result={result} />
        </Group>
        <Text size="sm">{t(`method.${result.methodVersion}`)}</Text>
        {result.maladministrationRisk && <Text size="sm">{t('agency.risk', { risk: result.maladministrationRisk })}</Text>}
        <OriginWithSource origin={result.origin} source={result.source} />
        {result.origin === 'DEMO' && <Text size="sm">{t('origin.demo')}</Text>}
      </Stack>
    </Paper>
  );
}

function Dimensions({ result }: { result: OmbudsmanDetail }) {
  const t = useT(OMBUDSMAN);
  const format = useFormat();
  return (
    <Stack component="section" aria-labelledby="dimensions-title" gap="xs">
      <Title order={2} size="h3" id="dimensions-title">
        {t('agency.dimensions', { year: result.year })}
      </Title>
      {result.dimensions.length === 0 ? (
        <Text>{t('agency.noDimensions')}</Text>
      ) : (
        <DataTable
          caption={t('agency.dimensionsCaption', { year: result.year })}
          captionHidden
          rows={result.dimensions}
          rowKey={(row) => row.dimension}
          columns={[
            { key: 'dimension', header: t('col.dimension'), cell: (row) => t(`dimension.${row.dimension}`) },
            { key: 'score', header: t('col.score'), cell: (row) => format.number(row.score, 2), numeric: true },
            {
              key: 'weight',
              header: t('col.weight'),
              cell: (row) => (row.weight === null ? t('none') : t('percent', { value: format.number(row.weight, 2) })),
              numeric: true,
            },
          ]}
        />
      )}
    </Stack>
  );
}

function Findings({ result }: { result: OmbudsmanDetail }) {
  const t = useT(OMBUDSMAN);
  const format = useFormat();
  return (
    <Stack component="section" aria-labelledby="findings-title" gap="xs">
      <Title order={2} size="h3" id="findings-title">
        {t('agency.findings', { year: result.year })}
      </Title>
      <DataTable
        caption={t('agency.findingsCaption', { year: result.year })}
        captionHidden
        rows={result.unitFindings}
        rowKey={(row) => `${row.serviceUnit?.id ?? ''}:${row.unitName}`}
        columns={[
          {
            key: 'unit',
            header: t('col.unit'),
            cell: (row) =>
              row.serviceUnit ? (
                <Anchor component={Link} to={`/registry/units/${row.serviceUnit.id}`}>
                  {row.unitName}
                </Anchor>
              ) : (
                row.unitName
              ),
          },
          {
            key: 'score',
            header: t('col.score'),
            cell: (row) => (row.score === null ? t('none') : format.number(row.score, 2)),
            numeric: true,
          },
          { key: 'zone', header: t('col.zone'), cell: (row) => (row.zone ? <ZoneBadge zone={row.zone} /> : t('none')) },
          { key: 'note', header: t('col.note'), cell: (row) => row.note ?? t('none') },
        ]}
      />
    </Stack>
  );
}

function History({ history, agency }: { history: OmbudsmanDetail[]; agency: string }) {
  const t = useT(OMBUDSMAN);
  const figure = useFigureText();
  return (
    <Stack component="section" aria-labelledby="history-title" gap="xs">
      <Title order={2} size="h3" id="history-title">
        {t('agency.history')}
      </Title>
      <DataTable
        caption={t('agency.historyCaption', { agency })}
        captionHidden
        rows={history}
        rowKey={(row) => row.id}
        columns={[
          { key: 'year', header: t('col.year'), cell: (row) => row.year, numeric: true },
          { key: 'score', header: t('col.score'), cell: (row) => figure.score(row), numeric: true },
          { key: 'opinion', header: t('col.opinion'), cell: (row) => figure.opinion(row) },
          { key: 'zone', header: t('col.zone'), cell: (row) => <ZoneBadge zone={row.zone} /> },
          { key: 'method', header: t('col.method'), cell: (row) => t(`method.${row.methodVersion}`) },
          { key: 'origin', header: t('col.origin'), cell: (row) => <OriginWithSource origin={row.origin} source={row.source} /> },
        ]}
      />
    </Stack>
  );
}
