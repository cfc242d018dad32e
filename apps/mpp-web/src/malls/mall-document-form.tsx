import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { ErrorSummary, SelectField, TextField, blankToNull, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useT, readUpload } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { FileField } from '../files/file-field';
import { checkUploadFile, foldFileErrors } from '@simpul/web-kit';
import { MPP } from '../messages';
import { isIsoDate } from '../shared/dates';
import type { MallDocumentKind } from '../shared/enums';
import { ADD_MALL_DOCUMENT } from './mall.operations';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };
const DOCUMENT_FIELDS = ['kind', 'title', 'number', 'issuedOn', 'file', 'url'] as const;
const documentFieldId = (field: string) => `document-${field}`;
const KINDS: MallDocumentKind[] = ['REGENT_LETTER', 'URGENCY_STUDY', 'OTHER'];

/** Adds an establishment document (the regent's letter, the urgency study) with its scan, to a mall that already exists. */
export function MallDocumentForm({ mallId, onSaved }: { mallId: string; onSaved: (message: string) => void }) {
  const t = useT(MPP);
  const [kind, setKind] = useState<MallDocumentKind | ''>('');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [add, { loading }] = useMutation(ADD_MALL_DOCUMENT);
  const field = (path: string) => ({ id: documentFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects (an unreadable file and the server's errors both end on the form), so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!kind) local['kind'] = t('document.chooseKind');
    if (!title.trim()) local['title'] = t('document.titleRequired');
    if (issuedOn && !isIsoDate(issuedOn)) local['issuedOn'] = t('form.dateInvalid');
    const problem = file ? checkUploadFile(file, t) : null;
    if (problem) local['file'] = problem;
    if (Object.keys(local).length || !kind) return setErrors(localErrors(local, documentFieldId));
    const read = await readUpload(file, t);
    if (read.problem !== null) return setErrors(localErrors({ file: read.problem }, documentFieldId));
    const upload = read.upload;
    const result = await add({
      input: {
        mallId,
        kind,
        title: title.trim(),
        number: blankToNull(number),
        issuedOn: blankToNull(issuedOn),
        fileName: null,
        url: blankToNull(url),
        file: upload,
      },
    });
    if (result.errors) return setErrors(mapServerErrors(foldFileErrors(result.errors), DOCUMENT_FIELDS, documentFieldId));
    setErrors(NO_ERRORS);
    setKind('');
    setTitle('');
    setNumber('');
    setIssuedOn('');
    setUrl('');
    setFile(null);
    setFormKey((k) => k + 1);
    onSaved(t('document.saved', { title: result.data.addMallDocument.title }));
  }

  return (
    <details style={{ marginTop: 12 }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('document.add')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate style={{ marginTop: 12 }} aria-label={t('document.add')}>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField
              {...field('kind')}
              label={t('col.kind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as MallDocumentKind | '')}
              data={[{ value: '', label: t('form.choose') }, ...KINDS.map((value) => ({ value, label: t(`documentKind.${value}`) }))]}
            />
            <TextField {...field('title')} label={t('col.title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
            <TextField
              {...field('number')}
              label={t('col.number')}
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
            />
            <TextField
              {...field('issuedOn')}
              type="date"
              label={t('col.issuedOn')}
              value={issuedOn}
              onChange={(event) => setIssuedOn(event.currentTarget.value)}
            />
          </SimpleGrid>
          <FileField key={formKey} {...field('file')} label={t('document.file')} value={file} onChange={setFile} />
          <TextField
            {...field('url')}
            type="url"
            label={t('pks.url')}
            description={t('pks.urlHint')}
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" variant="default" loading={loading}>
              {t('document.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </details>
  );
}
