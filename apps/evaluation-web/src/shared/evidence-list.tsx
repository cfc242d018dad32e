import { Alert, Button, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { CopyButton } from '@simpul/ui/mantine-more';
import { formatDateTime, formatNumber, useLanguage, useSession, useT, type Language } from '@simpul/web-kit';
import { useState, type ReactNode } from 'react';
import type { EvidenceDocument } from '../lokus/lokus.operations';
import { EVALUATION } from '../messages';
import { openEvidence, opensInline } from './open-evidence';

/** "845 byte", "12,5 KB", "3,2 MB" in the reader's number format. */
export function formatFileSize(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10, language)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`;
}

/** The type a person recognises, from the stored MIME type. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};
const typeName = (mimeType: string) => TYPE_NAMES[mimeType] ?? mimeType;

/** The first characters of a SHA-256 on screen; the whole value is read out and can be copied. */
const SHA_SHOWN = 12;

/**
 * Evidence documents as the desk and the evaluators see them: name, type, size, SHA-256, uploader and
 * date, and "Buka" (PDF and images in a new tab, other types downloaded). The file comes through a
 * short-lived link the service signs only for whoever may see the lokus; a refusal or failure is shown here.
 */
export function EvidenceList({ documents, actions }: { documents: EvidenceDocument[]; actions?: (doc: EvidenceDocument) => ReactNode }) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const { client } = useSession();
  const [problem, setProblem] = useState<{ name: string; message: string } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  async function open(doc: EvidenceDocument) {
    setOpening(doc.id);
    setProblem(null);
    const result = await openEvidence(client, doc.id, language);
    setOpening(null);
    if (!result.ok) setProblem({ name: doc.fileName, message: result.message });
  }

  return (
    <Stack gap={4}>
      <List size="sm" spacing={4} aria-label={t('evidence.title')}>
        {documents.map((doc) => (
          <List.Item key={doc.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600} component="span">
                {doc.fileName}
              </Text>
              <Text size="sm" component="span">
                {typeName(doc.mimeType)} · {formatFileSize(doc.sizeBytes, language)} ·{' '}
                {t('evidence.uploadedBy', {
                  name: doc.uploadedByName ?? t('evidence.unknownUploader'),
                  at: formatDateTime(doc.uploadedAt, language),
                })}
              </Text>
              <Text size="sm" component="span">
                SHA-256{' '}
                <code title={doc.sha256} aria-hidden="true">
                  {doc.sha256.slice(0, SHA_SHOWN)}…
                </code>
                <VisuallyHidden>{doc.sha256}</VisuallyHidden>
              </Text>
              <CopyButton value={doc.sha256}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={t('evidence.copySha', { name: doc.fileName })}>
                    {copied ? t('evidence.copied') : t('evidence.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button
                size="compact-xs"
                variant="light"
                loading={opening === doc.id}
                onClick={() => void open(doc)}
                aria-label={t(opensInline(doc.mimeType) ? 'evidence.openInline' : 'evidence.openDownload', { name: doc.fileName })}
              >
                {t('evidence.open')}
              </Button>
              {actions?.(doc)}
            </Group>
          </List.Item>
        ))}
      </List>
      {problem && (
        <Alert color="red" role="alert" title={t('evidence.openFailed', { name: problem.name })}>
          {problem.message}
        </Alert>
      )}
    </Stack>
  );
}
