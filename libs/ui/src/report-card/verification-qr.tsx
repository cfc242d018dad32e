import { Stack, Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { lazy, Suspense } from 'react';
import { REPORT_CARD_UI } from './report-card-messages';
import type { DocumentIssue } from './use-document-issue';

// The QR encoder (7 kB gzipped) is fetched only when a code is drawn: a visitor who is not signed in,
// or a sheet not yet registered, never needs it (issue #17: the public rapor's first load).
const QrCode = lazy(() => import('../media/qr-code').then((module) => ({ default: module.QrCode })));
const QR_SIZE = 104;

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
      {/* Its place is kept while the encoder loads, so nothing beside it moves. */}
      <Suspense fallback={<div style={{ width: QR_SIZE, height: QR_SIZE, flex: 'none' }} />}>
        <QrCode value={url} size={QR_SIZE} label={t('qr.label', { code: issue.code })} />
      </Suspense>
      <Stack gap={2}>
        <Text size="sm">{t('qr.text', { url })}</Text>
        <Text size="sm" fw={700}>
          {t('qr.code', { code: issue.code })}
        </Text>
      </Stack>
    </div>
  );
}
