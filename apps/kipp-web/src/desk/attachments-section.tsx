import { Anchor, Button, Grid, Paper, Title } from '@mantine/core';
import { DataTable, ErrorSummary, SelectField, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useFormat, useMutation, useT, type Translate } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import { ADD_ATTACHMENT, REMOVE_ATTACHMENT, type Attachment } from './desk.operations';

export const ATTACHMENT_KINDS = ['DOKUMEN', 'FOTO', 'SURAT', 'DATA', 'LAINNYA'] as const;
const KNOWN_KINDS: readonly string[] = [...ATTACHMENT_KINDS, 'SK_INOVASI'];

/** A kind in words; kinds recorded by other tools (free text on the server) show as they are. */
export function attachmentKindLabel(kind: string, t: Translate): string {
  return KNOWN_KINDS.includes(kind) ? t(`attachmentKind.${kind}`) : kind;
}

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv',
};

/** The content type a file name implies; the file itself lives where its address points. */
export function contentTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

const FIELDS = ['kind', 'fileName', 'url', 'sizeBytes'] as const;
const fieldId = (field: string) => `attachment-${field}`;

/** Attachment metadata: the desk records a file already uploaded to the agency's storage. */
export function AttachmentsSection({ proposalId, initial }: { proposalId: string; initial: Attachment[] }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [attachments, setAttachments] = useState(initial);
  const [add, { loading }] = useMutation(ADD_ATTACHMENT);
  const [remove] = useMutation(REMOVE_ATTACHMENT);
  const [values, setValues] = useState({ kind: 'DOKUMEN', fileName: '', url: '', sizeKb: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const local: Record<string, string> = {};
    if (!values.fileName.trim()) local['fileName'] = t('attachments.fileNameRequired');
    if (!/^https?:\/\//.test(values.url.trim())) local['url'] = t('attachments.urlInvalid');
    const kb = Number(values.sizeKb.replace(',', '.'));
    if (!(kb > 0)) local['sizeBytes'] = t('attachments.sizeInvalid');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await add({ input: { proposalId, kind: values.kind, fileName: values.fileName.trim(), contentType: contentTypeOf(values.fileName), sizeBytes: Math.round(kb * 1024), url: values.url.trim() } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setAttachments([...attachments, result.data.addProposalAttachment]);
    setValues({ kind: values.kind, fileName: '', url: '', sizeKb: '' });
  }

  async function removeOne(id: string) {
    const result = await remove({ id });
    if (result.data) setAttachments(attachments.filter((a) => a.id !== id));
  }

  return (
    <Paper withBorder p="lg" mt="xl" radius="sm" component="section" aria-labelledby="attachments-heading">
      <Title order={2} size="h3" id="attachments-heading" mb="sm">{t('attachments.title')}</Title>
      <DataTable
        caption={t('attachments.caption')}
        captionHidden
        columns={[
          { key: 'file', header: t('attachments.fileName'), cell: (a) => <Anchor href={a.url}>{a.fileName}</Anchor> },
          { key: 'kind', header: t('attachments.kind'), cell: (a) => attachmentKindLabel(a.kind, t) },
          { key: 'size', header: t('attachments.size'), cell: (a) => `${format.number(a.sizeBytes / 1024, 0)} KB`, numeric: true },
          { key: 'remove', header: t('attachments.actions'), cell: (a) => <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => void removeOne(a.id)} aria-label={t('attachments.removeNamed', { name: a.fileName })}>{t('attachments.remove')}</Button> },
        ]}
        rows={attachments}
        rowKey={(a) => a.id}
        empty={<p>{t('attachments.none')}</p>}
      />
      {/* A nested form is not allowed in HTML: this is a group of fields sent by its own button. */}
      <div role="group" aria-labelledby="attachment-add-heading">
        <Title order={3} size="h5" id="attachment-add-heading" mt="md">{t('attachments.add')}</Title>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <SelectField id={fieldId('kind')} label={t('attachments.kind')} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.currentTarget.value })}
              data={ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: t(`attachmentKind.${kind}`) }))} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextField id={fieldId('fileName')} label={t('attachments.fileName')} value={values.fileName} error={errors.fields['fileName']} onChange={(e) => setValues({ ...values, fileName: e.currentTarget.value })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextField id={fieldId('url')} type="url" label={t('attachments.url')} value={values.url} error={errors.fields['url']} onChange={(e) => setValues({ ...values, url: e.currentTarget.value })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 2 }}>
            <TextField id={fieldId('sizeBytes')} inputMode="decimal" label={t('attachments.sizeKb')} value={values.sizeKb} error={errors.fields['sizeBytes']} onChange={(e) => setValues({ ...values, sizeKb: e.currentTarget.value })} />
          </Grid.Col>
        </Grid>
        <Button type="button" variant="default" mt="sm" loading={loading} onClick={(event) => void submit(event)}>{t('attachments.addButton')}</Button>
      </div>
    </Paper>
  );
}
