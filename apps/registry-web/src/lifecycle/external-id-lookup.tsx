import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { CategoryBadge } from '@simpul/ui';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { EXTERNAL_SYSTEMS } from '../shared/enums';
import { UNIT_BY_EXTERNAL_ID, type ExternalSystem } from './lifecycle.operations';

/** The contract's system for each of the unit page's external-id keys. */
const SYSTEMS: readonly { value: ExternalSystem; label: string }[] = EXTERNAL_SYSTEMS.map((system) => ({
  value: ({ sippn: 'SIPPN', pekppp: 'PEKPPP', sp4nLapor: 'SP4N_LAPOR', sinovik: 'SINOVIK' } as const)[system.key],
  label: system.label,
}));

/**
 * A unit found by the code another national system gives it (SIPPN, PEKPPP, SP4N-LAPOR!, SINOVIK):
 * asked only when the person presses the button, answered with a link to the unit or a plain "none".
 */
export function ExternalIdLookup() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const [system, setSystem] = useState<ExternalSystem>('SIPPN');
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const [asked, setAsked] = useState<{ system: ExternalSystem; value: string } | null>(null);
  const query = useQuery(UNIT_BY_EXTERNAL_ID, asked ?? { system, value: '' }, { skip: !asked });
  const label = (code: ExternalSystem) => SYSTEMS.find((entry) => entry.value === code)?.label ?? '';

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    setMissing(!trimmed);
    setAsked(trimmed ? { system, value: trimmed } : null);
  }

  const found = asked && !query.loading && !query.errors ? (query.data?.serviceUnitByExternalId ?? null) : undefined;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="unit-lookup-title" mt="xl">
      <Title order={2} size="h3" id="unit-lookup-title" mb={4}>
        {t('lookup.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('lookup.intro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="unit-lookup-title">
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            id="unit-lookup-system"
            label={t('lookup.system')}
            value={system}
            onChange={(event) => setSystem(event.currentTarget.value as ExternalSystem)}
            data={SYSTEMS.map((entry) => ({ value: entry.value, label: entry.label }))}
          />
          <TextInput
            id="unit-lookup-value"
            label={t('lookup.value')}
            description={t('lookup.valueHint')}
            value={value}
            required
            error={missing ? t('lookup.valueRequired') : undefined}
            onChange={(event) => setValue(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <Button type="submit" mt={{ base: 0, sm: 25 }} loading={query.loading && Boolean(asked)}>
            {t('lookup.submit')}
          </Button>
        </Group>
      </form>
      <Stack gap={4} mt="sm" role="status" aria-live="polite">
        {asked && query.loading && <Text>{t('lookup.searching')}</Text>}
        {asked && query.errors && (
          <Text c="red.8" fw={600}>
            {query.errors.map((error) => error.message).join(' ')}
          </Text>
        )}
        {asked && found === null && <Text>{t('lookup.notFound', { value: asked.value, system: label(asked.system) })}</Text>}
        {asked && found && (
          <>
            <Text>{t('lookup.found', { value: asked.value, system: label(asked.system) })}</Text>
            <Group gap="xs">
              <Anchor component={Link} to={to(`/units/${found.id}`)} fw={600}>
                {found.name}
              </Anchor>
              <Text span c="dimmed">
                {found.agency.name} · {found.region.name}
              </Text>
              {found.archivedAt && <CategoryBadge tone="warning" label={t('lookup.archived')} />}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
