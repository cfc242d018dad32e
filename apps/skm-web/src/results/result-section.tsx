import { Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, GradeBadge, OriginWithSource, gradeTone } from '@simpul/ui';
import { nodes, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { SKM } from '../messages';
import { ElementName } from '../shared/labels';
import { BREAKDOWN, type ElementResult, type Result } from '../surveys/survey.operations';
import { ElementBars } from './element-bars';
import { SampleProgress } from './sample-progress';

const DIMENSIONS = ['AGE_BAND', 'SEX', 'EDUCATION', 'OCCUPATION', 'SERVICE'] as const;
const BUCKET_PREFIX: Record<string, string> = { AGE_BAND: 'ageBand', SEX: 'sex', EDUCATION: 'education', OCCUPATION: 'occupation' };

/** IKM, each element's NRR and grade, sample adequacy, exclusions and why, breakdowns, formula and inputs. */
export function ResultSection({ result }: { result: Result }) {
  const t = useT(SKM);
  const [language] = useLanguage();
  const format = useFormat();
  const { ikm } = result;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('result.ikm')}
          </Text>
          {ikm ? (
            <>
              <Text size="36px" fw={800} lh={1.2} data-testid="ikm-value">
                {format.number(ikm.value, 2)}
              </Text>
              <GradeBadge grade={ikm.category} />
              <OriginWithSource origin={result.origin} source={result.source} />
            </>
          ) : (
            <Text fw={600}>{t('result.none')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('result.sample')}
          </Text>
          <SampleProgress sample={result.sample} />
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {t('result.exclusions')}
          </Text>
          <Text fw={600}>{t('result.excluded', { count: format.number(result.exclusions.excluded) })}</Text>
          {result.exclusions.reasons.map((reason) => (
            <Text key={reason.reason} size="sm">
              {t(`flag.${reason.reason}`)}: {format.number(reason.responses)}
            </Text>
          ))}
          <Text size="sm" mt={4}>
            {t('result.pending', { count: format.number(result.exclusions.pendingReview) })}
          </Text>
        </Paper>
      </SimpleGrid>
      {ikm && result.elements.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('result.elementsTitle')}
          </Title>
          <ElementBars
            elements={result.elements}
            format={(v) => format.number(v, 2)}
            summary={t('result.chartSummary', {
              list: result.elements.map((e) => `${e.code} ${format.number(e.value, 2)} (${e.categoryCode})`).join(', '),
            })}
          />
          <DataTable<ElementResult>
            caption={t('result.elementsTitle')}
            captionHidden
            rows={result.elements}
            rowKey={(row) => row.code}
            columns={[
              {
                key: 'code',
                header: t('col.element'),
                cell: (row) => <ElementName code={row.code} name={row.name} />,
                sortValue: (row) => row.code,
              },
              { key: 'weight', header: t('col.weight'), cell: (row) => format.number(row.weight, 4), numeric: true },
              { key: 'answered', header: t('col.answered'), cell: (row) => format.number(row.answered), numeric: true },
              { key: 'nrr', header: t('col.nrr'), cell: (row) => format.number(row.nrr, 3), sortValue: (row) => row.nrr, numeric: true },
              {
                key: 'value',
                header: t('col.value'),
                cell: (row) => format.number(row.value, 2),
                sortValue: (row) => row.value,
                numeric: true,
              },
              {
                key: 'category',
                header: t('col.category'),
                cell: (row) => (
                  <CategoryBadge
                    tone={gradeTone(row.categoryCode)}
                    label={row.weak ? `${row.categoryCode} · ${t('result.weak')}` : row.categoryCode}
                  />
                ),
              },
            ]}
          />
          <details>
            <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('result.formulaTitle')}</summary>
            <Stack gap={4} mt="xs">
              <Text ff="monospace">{ikm.formula}</Text>
              <Text>{language === 'id' ? ikm.explanation.id : ikm.explanation.en}</Text>
              <Text>
                {t('result.inputs', {
                  respondents: format.number(ikm.respondents),
                  interval: format.number(ikm.interval, 4),
                  exact: ikm.exactValue,
                })}
              </Text>
            </Stack>
          </details>
          <Breakdown surveyId={result.surveyId} />
        </>
      )}
    </Stack>
  );
}

function Breakdown({ surveyId }: { surveyId: string }) {
  const t = useT(SKM);
  const format = useFormat();
  const [dimension, setDimension] = useState<(typeof DIMENSIONS)[number]>('AGE_BAND');
  const query = useQuery(BREAKDOWN, { surveyId, dimension });
  const rows = query.data ? nodes(query.data.skmResult.breakdown) : [];
  const bucketLabel = (bucket: string) =>
    bucket === 'UNKNOWN' ? t('breakdown.unknown') : BUCKET_PREFIX[dimension] ? t(`${BUCKET_PREFIX[dimension]}.${bucket}`) : bucket;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('breakdown.title')}
      </Title>
      <Group>
        <NativeSelect
          id="skm-breakdown-dimension"
          label={t('breakdown.dimension')}
          value={dimension}
          data={DIMENSIONS.map((d) => ({ value: d, label: t(`dimension.${d}`) }))}
          onChange={(e) => setDimension(e.currentTarget.value as (typeof DIMENSIONS)[number])}
        />
      </Group>
      <div aria-live="polite">
        {rows.length === 0 && !query.loading ? (
          <EmptyState title={t('breakdown.empty')} />
        ) : (
          // Scrolls inside its box on a narrow phone (at 320 px it widened the page).
          <Table.ScrollContainer minWidth={340} type="native">
            <Table striped withTableBorder>
              <caption style={{ textAlign: 'left' }}>{t('breakdown.caption', { dimension: t(`dimension.${dimension}`) })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('col.group')}</Table.Th>
                  <Table.Th ta="right">{t('col.respondents')}</Table.Th>
                  <Table.Th ta="right">{t('result.ikm')}</Table.Th>
                  <Table.Th>{t('col.category')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.bucket}>
                    <Table.Td>{bucketLabel(row.bucket)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.respondents)}</Table.Td>
                    <Table.Td ta="right">{row.ikm === null ? '–' : format.number(row.ikm, 2)}</Table.Td>
                    <Table.Td>{row.categoryCode ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Stack>
  );
}
