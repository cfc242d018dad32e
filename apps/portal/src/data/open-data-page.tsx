import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState, ErrorPanel, LoadingState, PageHeader } from '@simpul/ui';
import { formatDate, useLanguage, useT } from '@simpul/web-kit';
import { useCallback, useEffect, useState } from 'react';
import { CATALOG_PATH, downloadPath, fetchCatalog, type CatalogDataset } from './open-data-catalog';
import { OPEN_DATA } from './open-data-messages';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; datasets: CatalogDataset[] };

/** `/data`, public: every open dataset with what it holds, its fields, licence, last update and downloads. */
export function OpenDataPage({ fetchImpl }: { fetchImpl?: typeof fetch }) {
  const t = useT(OPEN_DATA);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => {
    setState({ kind: 'loading' });
    fetchCatalog(fetchImpl).then(
      (datasets) => setState({ kind: 'ready', datasets }),
      () => setState({ kind: 'failed' }),
    );
  }, [fetchImpl]);
  useEffect(load, [load]);

  return (
    <Stack gap="md">
      <PageHeader title={t('title')} breadcrumbs={[{ label: 'Simpul', to: '/' }, { label: t('crumb') }]} description={t('intro')} />
      <Paper withBorder p="md" radius="sm" maw={900}>
        <Stack gap="xs">
          <Text>
            <Text span fw={600}>
              {t('license')}:{' '}
            </Text>
            <Anchor href="https://creativecommons.org/licenses/by/4.0/deed.id" rel="license">
              CC BY 4.0
            </Anchor>
          </Text>
          <Text size="sm">{t('licenseWhy')}</Text>
          <Text size="sm">
            <Anchor href={CATALOG_PATH}>{t('catalog')}</Anchor> — {t('catalogHelp')}
          </Text>
        </Stack>
      </Paper>
      {state.kind === 'loading' && <LoadingState label={t('loading')} />}
      {state.kind === 'failed' && <ErrorPanel title={t('failed')} message={t('failedBody')} onRetry={load} retryLabel={t('retry')} />}
      {state.kind === 'ready' &&
        (state.datasets.length === 0 ? (
          <EmptyState title={t('empty')} />
        ) : (
          state.datasets.map((dataset) => <DatasetSection key={dataset.identifier} dataset={dataset} />)
        ))}
    </Stack>
  );
}

function DatasetSection({ dataset }: { dataset: CatalogDataset }) {
  const t = useT(OPEN_DATA);
  const [language] = useLanguage();
  const title = language === 'en' && dataset.titleEn ? dataset.titleEn : dataset.title;
  const description = language === 'en' && dataset.descriptionEn ? dataset.descriptionEn : dataset.description;
  const headingId = `dataset-${dataset.identifier}`;
  return (
    <Paper component="section" withBorder p="md" radius="sm" aria-labelledby={headingId} id={dataset.identifier}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <Text>{description}</Text>
        <Group gap="lg">
          <Text size="sm">
            {t('modified')}: {formatDate(dataset.modified, language)}
          </Text>
          <Text size="sm">
            {t('license')}: <Anchor href={dataset.license}>{dataset.licenseName ?? dataset.license}</Anchor>
          </Text>
          {dataset.publisher && (
            <Text size="sm">
              {t('publisher')}: {dataset.publisher.name}
            </Text>
          )}
        </Group>
        <Group gap="sm" role="group" aria-label={`${t('downloads')}: ${title}`}>
          <Text fw={600} size="sm">
            {t('downloads')}:
          </Text>
          {dataset.distribution.map((distribution) => (
            <Anchor
              key={distribution.format}
              href={downloadPath(distribution.downloadURL)}
              download
              aria-label={t('download', { title, format: t(`format.${distribution.format}`) })}
            >
              {t(`format.${distribution.format}`)}
            </Anchor>
          ))}
        </Group>
        {dataset.fields && dataset.fields.length > 0 && (
          <details>
            <summary>{t('fields')}</summary>
            <Table withTableBorder striped mt="xs">
              <Table.Caption>{t('fieldsCaption', { title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fieldName')}</Table.Th>
                  <Table.Th scope="col">{t('fieldType')}</Table.Th>
                  <Table.Th scope="col">{t('fieldMeaning')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dataset.fields.map((field) => (
                  <Table.Tr key={field.name}>
                    <Table.Td>
                      <code>{field.name}</code>
                    </Table.Td>
                    <Table.Td>{t(`type.${field.type}`)}</Table.Td>
                    <Table.Td>{language === 'en' && field.descriptionEn ? field.descriptionEn : field.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
