import { Button, Stack } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { REPORT_CARD_UI } from './report-card-messages';
import { REPORT_CARD_PRINT_STYLES } from './report-card-print-styles';

/** The A4 sheet: everything inside prints, everything outside (the portal, the remote's menus) does not. */
export function ReportCardSheet({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="article" gap="md" className="simpul-report-card" aria-label={label}>
      <style>{REPORT_CARD_PRINT_STYLES}</style>
      {children}
    </Stack>
  );
}

/** "Cetak" / "Print": the browser's print dialog, where "Save as PDF" gives the file. Never printed itself. */
export function PrintButton({ disabled }: { disabled?: boolean }) {
  const t = useT(REPORT_CARD_UI);
  return (
    <Button className="no-print" onClick={() => window.print()} disabled={disabled} title={t('printHint')}>
      {t('print')}
    </Button>
  );
}
