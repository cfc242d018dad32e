import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Instrument } from '@simpul/scoring';
import { DataTable } from '@simpul/ui';
import { formatDateTime, useLanguage, useT } from '@simpul/web-kit';
import { PRINT_STYLES } from '../../report/print-styles';
import { indicatorsOf } from '../../shared/instrument';
import { Indonesian } from '../../shared/indonesian';
import { EVALUATION } from '../../messages';
import { F01 } from '../f01-messages';
import type { F01Receipt } from './f01-submission.operations';

/**
 * What was sent, as the desk keeps it: unit, sender, time, and every indicator with its claimed level
 * and evidence (file name and SHA-256, so a file can later be shown to be the one sent). Prints alone on A4.
 */
export function F01ReceiptView({ receipt, unitName, instrument }: { receipt: F01Receipt; unitName: string; instrument: Instrument }) {
  const t = useT(F01);
  const te = useT(EVALUATION);
  const [language] = useLanguage();
  const textOf = new Map(indicatorsOf(instrument).map((indicator) => [indicator.code, indicator.text]));
  return (
    <Stack gap="sm" className="simpul-rapor" component="section" aria-labelledby="f01-receipt-title">
      <style>{PRINT_STYLES}</style>
      <Group justify="space-between">
        <Title order={2} size="h3" id="f01-receipt-title">
          {t('receipt.title')}
        </Title>
        <Button className="no-print" variant="default" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
      </Group>
      <Stack gap={2}>
        <Text size="sm">{t('receipt.unit', { unit: unitName })}</Text>
        <Text size="sm">{t('receipt.sentBy', { name: receipt.submittedByName ?? t('receipt.unknownSender') })}</Text>
        <Text size="sm">{t('receipt.sentAt', { date: formatDateTime(receipt.submittedAt, language) })}</Text>
      </Stack>
      <DataTable
        caption={t('receipt.caption')}
        rows={receipt.indicators}
        rowKey={(row) => row.indicatorCode}
        columns={[
          {
            key: 'indicator',
            header: t('receipt.indicator'),
            cell: (row) => (
              <>
                {row.indicatorCode} · <Indonesian>{textOf.get(row.indicatorCode) ?? ''}</Indonesian>
              </>
            ),
          },
          { key: 'level', header: t('receipt.level'), cell: (row) => te('level', { level: row.level }), numeric: true },
          {
            key: 'evidence',
            header: t('receipt.evidence'),
            cell: (row) => (
              <List size="xs" listStyleType="none">
                {row.evidence.map((document) => (
                  <List.Item key={document.documentId}>
                    {document.fileName}
                    <Text component="span" size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {' '}
                      {document.sha256}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ),
          },
        ]}
      />
    </Stack>
  );
}
