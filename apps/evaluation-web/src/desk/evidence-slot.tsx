import { Button, Group, List, Stack, Text } from '@mantine/core';
import { FileInput } from '@simpul/ui/mantine-more';
import { SelectField } from '@simpul/ui';
import { formatDateTime, toUpload, useLanguage, useMutation, useQuery, useT, nodes } from '@simpul/web-kit';
import { useState } from 'react';
import { EVALUATION } from '../messages';
import { checkEvidenceFile, EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from '../shared/evidence-file';
import type { EvidenceDocument } from '../lokus/lokus.operations';
import { ATTACH_EVIDENCE, DETACH_EVIDENCE, EVIDENCE_HISTORY, UPLOAD_EVIDENCE } from '../lokus/work.operations';
import { EvidenceList } from '../shared/evidence-list';

/**
 * One indicator's evidence: what is attached, a document from the unit's library (uploaded once,
 * reused across indicators and cycles), a new upload, and the slot's history.
 */
/** One slot's history rarely exceeds a handful of events; the first 100 are shown, with the total. */
const HISTORY_SIZE = 100;

export function EvidenceSlot({
  lokusId,
  serviceUnitId,
  indicatorCode,
  attached,
  library,
  editable,
  onChanged,
}: {
  lokusId: string;
  serviceUnitId: string;
  indicatorCode: string;
  attached: EvidenceDocument[];
  library: EvidenceDocument[];
  editable: boolean;
  onChanged: () => void;
}) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [showHistory, setShowHistory] = useState(false);
  const [upload, uploadState] = useMutation(UPLOAD_EVIDENCE);
  const [attach, attachState] = useMutation(ATTACH_EVIDENCE);
  const [detach] = useMutation(DETACH_EVIDENCE);
  const history = useQuery(EVIDENCE_HISTORY, { lokusId, indicatorCode, first: HISTORY_SIZE, after: null }, { skip: !showHistory });
  const slot = (documentId: string) => ({ input: { lokusId, indicatorCode, documentId } });
  const fieldId = `evidence-${indicatorCode}`;
  const reusable = library.filter((doc) => !attached.some((a) => a.id === doc.id));

  async function attachDocument(documentId: string) {
    const result = await attach(slot(documentId));
    if (result.errors) return setError(result.errors.map((e) => e.message).join(' '));
    setError(null);
    setChoice('');
    setStatus(t('evidence.attached'));
    onChanged();
  }

  // Never rejects: the mutation resolves to its errors, so the button fires it without awaiting.
  async function detachDocument(document: EvidenceDocument) {
    await detach(slot(document.id));
    setStatus(t('evidence.detached'));
    onChanged();
  }

  async function uploadFile(file: File | null) {
    if (!file) return;
    const problem = checkEvidenceFile(file);
    if (problem) return setError(t(`evidence.${problem}`, { max: Math.round(EVIDENCE_MAX_BYTES / 1024 / 1024) }));
    // The mutation never rejects; reading the file can (it may have moved or become unreadable since it was chosen).
    const read = await toUpload(file).catch(() => null);
    if (!read) return setError(t('evidence.unreadable'));
    setStatus(t('evidence.uploading'));
    const result = await upload({ input: { serviceUnitId, ...read } });
    if (result.errors) {
      setStatus('');
      return setError(result.errors.map((e) => e.message).join(' '));
    }
    await attachDocument(result.data.uploadEvidenceDocument.id);
  }

  return (
    <Stack gap="xs">
      <Text fw={700}>{t('evidence.title')}</Text>
      {attached.length === 0 ? (
        <Text size="sm">{t('evidence.none')}</Text>
      ) : (
        <EvidenceList
          documents={attached}
          actions={(doc) =>
            editable && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => void detachDocument(doc)}
                aria-label={t('evidence.detach', { name: doc.fileName })}
              >
                {t('evidence.detachShort')}
              </Button>
            )
          }
        />
      )}
      {editable && (
        <Group align="flex-end" gap="sm">
          {reusable.length > 0 && (
            <>
              <SelectField
                id={`${fieldId}-reuse`}
                label={t('evidence.reuse')}
                value={choice}
                onChange={(e) => setChoice(e.currentTarget.value)}
                data={[{ value: '', label: t('choose') }, ...reusable.map((doc) => ({ value: doc.id, label: doc.fileName }))]}
              />
              <Button variant="default" disabled={!choice} loading={attachState.loading} onClick={() => void attachDocument(choice)}>
                {t('evidence.attach')}
              </Button>
            </>
          )}
          <FileInput
            id={fieldId}
            label={t('evidence.upload')}
            description={t('evidence.limits')}
            accept={EVIDENCE_ACCEPT}
            placeholder={t('evidence.pick')}
            // Mantine's placeholder grey is below 4.5:1 on white (WCAG 1.4.3); this text is an instruction.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            onChange={(file) => void uploadFile(file)}
            error={error}
            disabled={uploadState.loading}
            clearable={false}
            value={null}
          />
        </Group>
      )}
      <Text size="sm" aria-live="polite">
        {status}
      </Text>
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
          {t('evidence.history')}
        </Button>
        {showHistory &&
          history.data &&
          (history.data.evidenceHistory.totalCount === 0 ? (
            <Text size="sm">{t('evidence.noHistory')}</Text>
          ) : (
            <List size="sm">
              {nodes(history.data.evidenceHistory).map((event, i) => (
                <List.Item key={i}>
                  {formatDateTime(event.at, language)} · {t(`evidence.${event.action}`)} · {event.fileName}
                </List.Item>
              ))}
              {history.data.evidenceHistory.totalCount > HISTORY_SIZE && (
                <List.Item>{t('evidence.historyFirst', { shown: HISTORY_SIZE, total: history.data.evidenceHistory.totalCount })}</List.Item>
              )}
            </List>
          ))}
      </div>
    </Stack>
  );
}
