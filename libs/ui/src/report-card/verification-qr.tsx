import { Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { QrCode } from '../media/qr-code';
import { REPORT_CARD_UI } from './report-card-messages';
import type { DocumentIssue } from './use-document-issue';

/** The portal page that shows what the registry recorded for a code: `<origin>/verifikasi/<code>`. */
export function verificationUrl(code: string, origin = globalThis.location?.origin ?? ''): string {
  return `${origin}/verifikasi/${encodeURIComponent(code)}`;
}

/**
 * The QR a reader scans to compare the paper with what Simpul recorded when it was issued, with the
 * address and code in words for whoever cannot scan. Until the document is registered (or when it
 * cannot be, e.g. signed out) the sheet says so instead of printing a code that proves nothing.
 */
export function VerificationQr({ issue }: { issue: DocumentIssue }) {
  const t = useT(REPORT_CARD_UI);
  if (issue.status !== 'issued') {
    const text = issue.status === 'pending' ? t('qr.pending') : issue.status === 'signed-out' ? t('qr.signIn') : t('qr.unavailable');
    return (
      <Text className="simpul-verification" size="sm" role="status">
        {text}
      </Text>
    );
  }
  const url = verificationUrl(issue.code);
  return (
    <div className="simpul-verification">
      <QrCode value={url} size={104} label={t('qr.label', { code: issue.code })} />
      <Stack gap={2}>
        <Text size="sm">{t('qr.text', { url })}</Text>
        <Text size="sm" fw={700}>
          {t('qr.code', { code: issue.code })}
        </Text>
      </Stack>
    </div>
  );
}
