import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable } from '@simpul/ui';
import { nodes, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { OMBUDSMAN } from './ombudsman-messages';
import { AGENCY_READINESS } from './ombudsman.operations';

/**
 * The registry's readiness check for the instansi (components the Ombudsman checks that its units'
 * Standar Pelayanan lack or do not publish), shown beside the last official result. Asked on its own:
 * when the registry cannot answer, the compliance page still stands and says so here.
 */
export function ReadinessPanel({ agencyId }: { agencyId: string }) {
  const t = useT(OMBUDSMAN);
  const query = useQuery(AGENCY_READINESS, { agencyId });
  const readiness = query.data?.agencyOmbudsmanReadiness;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="readiness-title">
          {t('readiness.title')}
        </Title>
        <Text size="sm">{t('readiness.intro')}</Text>
        {query.errors && !readiness && <Text role="status">{t('readiness.unavailable')}</Text>}
        {readiness && (
          <>
            <Text>
              {t('readiness.summary', {
                units: readiness.unitCount,
                ready: readiness.readyUnitCount,
                services: readiness.serviceCount,
                components: readiness.checkedComponents,
              })}
            </Text>
            <Group gap="sm">
              <CategoryBadge
                tone={readiness.missingCount ? 'danger' : 'success'}
                label={t('readiness.missing', { count: readiness.missingCount })}
              />
              <CategoryBadge
                tone={readiness.unpublishedCount ? 'warning' : 'success'}
                label={t('readiness.unpublished', { count: readiness.unpublishedCount })}
              />
            </Group>
            {readiness.units.totalCount > 0 && (
              <DataTable
                caption={t('readiness.caption')}
                rows={nodes(readiness.units)}
                rowKey={(row) => row.serviceUnit.id}
                columns={[
                  {
                    key: 'unit',
                    header: t('col.unit'),
                    cell: (row) => (
                      <Anchor component={Link} to={`/registry/units/${row.serviceUnit.id}`}>
                        {row.serviceUnit.name}
                      </Anchor>
                    ),
                  },
                  { key: 'services', header: t('col.services'), cell: (row) => row.serviceCount, numeric: true },
                  { key: 'missing', header: t('col.missing'), cell: (row) => row.missingCount, numeric: true },
                  { key: 'unpublished', header: t('col.unpublished'), cell: (row) => row.unpublishedCount, numeric: true },
                  { key: 'ready', header: t('col.ready'), cell: (row) => (row.ready ? t('readiness.yes') : t('readiness.no')) },
                ]}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
