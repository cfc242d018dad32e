import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable } from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { OMBUDSMAN_READINESS, type ReadinessItem } from './readiness.operations';
import { ReadinessStateBadge } from './readiness-state-badge';

/**
 * On the unit page: which components the Ombudsman checks are missing or unpublished in the unit's
 * own Standar Pelayanan, per service, with the check list, its reasons, and what Simpul cannot know.
 */
export function UnitReadinessPanel({ unitId }: { unitId: string }) {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const format = useFormat();
  const [language] = useLanguage();
  const { data, errors } = useQuery(OMBUDSMAN_READINESS, { id: unitId });
  const readiness = data?.ombudsmanReadiness;
  const checks = data?.ombudsmanReadinessChecks;
  const gaps = readiness?.items.filter((item) => item.state !== 'PRESENT') ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="unit-readiness" aria-live="polite">
      <Title order={2} size="h3" id="unit-readiness" mb="xs">
        {t('readiness.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('readiness.intro')}
      </Text>
      {!readiness || !checks ? (
        <Text>{errors || data ? t('readiness.unavailable') : t('readiness.loading')}</Text>
      ) : (
        <Stack gap="md">
          <Text fw={700}>
            {readiness.ready
              ? t('readiness.ready')
              : readiness.serviceCount === 0
                ? t('readiness.noServices')
                : t('readiness.summary', {
                    missing: format.number(readiness.missingCount),
                    unpublished: format.number(readiness.unpublishedCount),
                    checked: format.number(readiness.checkedComponents),
                    services: format.number(readiness.serviceCount),
                  })}
          </Text>
          {gaps.length > 0 && (
            <DataTable<ReadinessItem>
              caption={t('readiness.gapsCaption')}
              rows={gaps}
              rowKey={(item) => `${item.serviceId ?? 'unit'}:${item.component}`}
              columns={[
                {
                  key: 'service',
                  header: t('readiness.col.service'),
                  cell: (item) =>
                    item.serviceId ? (
                      <Anchor component={Link} to={to(`/services/${item.serviceId}`)}>
                        {item.serviceName}
                      </Anchor>
                    ) : (
                      t('readiness.allServices')
                    ),
                },
                { key: 'component', header: t('readiness.col.component'), cell: (item) => item.label[language] },
                { key: 'state', header: t('readiness.col.state'), cell: (item) => <ReadinessStateBadge state={item.state} /> },
              ]}
            />
          )}
          <details>
            <Text component="summary" fw={600} style={{ cursor: 'pointer' }}>
              {t('readiness.checksTitle')}
            </Text>
            <List mt="xs" spacing="xs">
              {checks.checks.map((check) => (
                <List.Item key={check.component}>
                  <Text span fw={600}>
                    {check.label[language]}
                  </Text>{' '}
                  ({t(`readiness.requirement.${check.requirement}`)}): {check.reason[language]}
                </List.Item>
              ))}
            </List>
          </details>
          <details>
            <Text component="summary" fw={600} style={{ cursor: 'pointer' }}>
              {t('readiness.notKnownTitle')}
            </Text>
            <List mt="xs" spacing="xs">
              {checks.notKnown.map((item) => (
                <List.Item key={item.code}>
                  <Text span fw={600}>
                    {item.label[language]}
                  </Text>
                  : {item.reason[language]}
                </List.Item>
              ))}
            </List>
          </details>
        </Stack>
      )}
    </Paper>
  );
}
