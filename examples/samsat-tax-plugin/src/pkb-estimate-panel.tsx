import { NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { PluginLanguage } from '@simpul/plugin-sdk';
import { formatNumber } from '@simpul/web-kit';
import { useId, useState } from 'react';
import type { Translate } from './messages';
import { BOBOT_PERMILLE, OPSEN_PERCENT, PKB_TARIFF_SOURCE, TARIFF_BASIS_POINTS, estimatePkb, type VehicleKind } from './pkb-tariff';

const KINDS: VehicleKind[] = ['MOTORCYCLE', 'PASSENGER_CAR'];

/** The plugin's own tool: a yearly vehicle-tax estimate from the (illustrative) table in pkb-tariff.ts. */
export function PkbEstimatePanel({ language, t }: { language: PluginLanguage; t: Translate }) {
  const [kind, setKind] = useState<VehicleKind>('PASSENGER_CAR');
  const [njkbText, setNjkbText] = useState('200000000');
  const [order, setOrder] = useState(1);
  const sourceId = useId();
  const njkb = /^\d{1,11}$/.test(njkbText.trim()) ? Number(njkbText.trim()) : Number.NaN;
  const estimate = estimatePkb({ kind, njkb, ownershipOrder: order });
  const rupiah = (value: number) => `Rp ${formatNumber(value, language)}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby="samsat-plugin-pkb">
      <Title order={3} id="samsat-plugin-pkb">
        {t('pkb.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <NativeSelect
          label={t('pkb.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as VehicleKind)}
          data={KINDS.map((value) => ({ value, label: t(`pkb.kind.${value}`) }))}
        />
        <TextInput
          label={t('pkb.njkb')}
          description={t('pkb.njkbHint')}
          inputMode="numeric"
          value={njkbText}
          onChange={(event) => setNjkbText(event.currentTarget.value)}
          error={estimate === null ? t('pkb.njkbInvalid') : undefined}
        />
        <NativeSelect
          label={t('pkb.order')}
          value={String(order)}
          onChange={(event) => setOrder(Number(event.currentTarget.value))}
          data={TARIFF_BASIS_POINTS.map((_, i) => ({
            value: String(i + 1),
            label: i + 1 === TARIFF_BASIS_POINTS.length ? t('pkb.order.last') : t('pkb.order.n', { n: i + 1 }),
          }))}
        />
      </SimpleGrid>
      {estimate && (
        <Table aria-describedby={sourceId} withTableBorder captionSide="top">
          <Table.Caption>{t('pkb.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pkb.item')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('pkb.amount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('pkb.base', { bobot: formatNumber(BOBOT_PERMILLE[kind] / 1000, language, 3) })}</Table.Th>
              <Table.Td ta="right">{rupiah(estimate.base)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('pkb.tariff')}</Table.Th>
              <Table.Td ta="right">{`${formatNumber(estimate.tariffBasisPoints / 100, language, 2)}%`}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('pkb.pkb')}</Table.Th>
              <Table.Td ta="right">{rupiah(estimate.pkb)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('pkb.opsen', { percent: OPSEN_PERCENT })}</Table.Th>
              <Table.Td ta="right">{rupiah(estimate.opsen)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('pkb.total')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {rupiah(estimate.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      <Text id={sourceId} size="sm" c="dimmed">
        {PKB_TARIFF_SOURCE[language]}
      </Text>
    </Stack>
  );
}
