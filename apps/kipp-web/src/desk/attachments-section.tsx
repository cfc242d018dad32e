import { Button, Grid, Paper, Title } from '@mantine/core';
import { DataTable, ErrorSummary, SelectField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { checkUploadFile, foldFileErrors, formatBytes, readUpload, useFormat, useMutation, useT, type Translate } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import { AttachmentFile } from '../attachments/attachment-file';
import { FileField } from '../attachments/file-field';
import { Outcome } from '../shared/outcome';
import { REMOVE_ATTACHMENT, UPLOAD_ATTACHMENT, type Attachment } from './desk.operations';

export const ATTACHMENT_KINDS = ['DOKUMEN', 'FOTO', 'SURAT', 'DATA', 'LAINNYA'] as const;
/** Kinds a desk picks when uploading; the innovation decree first (the administrative check asks for it). */
const UPLOAD_KINDS = ['SK_INOVASI', ...ATTACHMENT_KINDS] as const;
const KNOWN_KINDS: readonly string[] = UPLOAD_KINDS;

/** A kind in words; kinds recorded by other tools (free text on the server) show as they are. */
export function attachmentKindLabel(kind: string, t: Translate): string {
  return KNOWN_KINDS.includes(kind) ? t(`attachmentKind.${kind}`) : kind;
}

const fieldId = (field: string) => `attachment-${field}`;

/** The desk uploads files to its draft (PDF, PNG or JPEG); each one is checked by the service and downloadable by those who see the proposal. */
export function AttachmentsSection({ proposalId, initial }: { proposalId: string; initial: Attachment[] }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [attachments, setAttachments] = useState(initial);
  const [upload, { loading }] = useMutation(UPLOAD_ATTACHMENT);
  const [remove] = useMutation(REMOVE_ATTACHMENT);
  const [kind, setKind] = useState<string>(UPLOAD_KINDS[0]);
  const [file, setFile] = useState<File | null>(null);
  // Remounts the file input after an upload, so it is empty again.
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [added, setAdded] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    setAdded('');
    const problem = file ? checkUploadFile(file, t) : t('file.required');
    if (problem || !file) return setErrors(localErrors({ file: problem ?? t('file.required') }, fieldId));
    const read = await readUpload(file, t);
    if (read.problem !== null || !read.upload) return setErrors(localErrors({ file: read.problem ?? t('file.required') }, fieldId));
    const result = await upload({ input: { proposalId, kind, file: read.upload } });
    if (result.errors) return setErrors(mapServerErrors(foldFileErrors(result.errors), ['file', 'kind'], fieldId));
    setErrors({ fields: {}, summary: [] });
    setAttachments([...attachments, result.data.uploadProposalAttachment]);
    setAdded(t('attachments.added', { name: result.data.uploadProposalAttachment.fileName }));
    setFile(null);
    setRound(round + 1);
  }

  async function removeOne(id: string) {
    const result = await remove({ id });
    if (result.data) setAttachments(attachments.filter((a) => a.id !== id));
  }

  return (
    <Paper withBorder p="lg" mt="xl" radius="sm" component="section" aria-labelledby="attachments-heading">
      <Title order={2} size="h3" id="attachments-heading" mb="sm">
        {t('attachments.title')}
      </Title>
      <DataTable
        caption={t('attachments.caption')}
        captionHidden
        columns={[
          { key: 'file', header: t('attachments.fileName'), cell: (a) => <AttachmentFile attachment={a} /> },
          { key: 'kind', header: t('attachments.kind'), cell: (a) => attachmentKindLabel(a.kind, t) },
          { key: 'size', header: t('attachments.size'), cell: (a) => formatBytes(a.sizeBytes, format.number), numeric: true },
          {
            key: 'remove',
            header: t('attachments.actions'),
            cell: (a) => (
              <Button
                variant="subtle"
                color="red.9"
                c="red.9"
                size="compact-sm"
                onClick={() => void removeOne(a.id)}
                aria-label={t('attachments.removeNamed', { name: a.fileName })}
              >
                {t('attachments.remove')}
              </Button>
            ),
          },
        ]}
        rows={attachments}
        rowKey={(a) => a.id}
        empty={<p>{t('attachments.none')}</p>}
      />
      {/* A nested form is not allowed in HTML: this is a group of fields sent by its own button. */}
      <div role="group" aria-labelledby="attachment-add-heading">
        <Title order={3} size="h5" id="attachment-add-heading" mt="md">
          {t('attachments.add')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <SelectField
              id={fieldId('kind')}
              label={t('attachments.kind')}
              value={kind}
              error={errors.fields['kind']}
              onChange={(e) => setKind(e.currentTarget.value)}
              data={UPLOAD_KINDS.map((value) => ({ value, label: t(`attachmentKind.${value}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <FileField
              key={round}
              id={fieldId('file')}
              label={t('attachments.file')}
              value={file}
              error={errors.fields['file']}
              onChange={setFile}
            />
          </Grid.Col>
        </Grid>
        <Button type="button" variant="default" mt="sm" loading={loading} onClick={(event) => void submit(event)}>
          {t('attachments.addButton')}
        </Button>
        <Outcome message={added || null} />
      </div>
    </Paper>
  );
}
