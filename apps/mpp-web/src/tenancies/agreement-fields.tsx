import { SimpleGrid, Text } from '@mantine/core';
import { TextField } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { FileField } from '../files/file-field';
import type { AgreementValues } from './agreement-form-values';

interface AgreementFieldsProps {
  values: AgreementValues;
  /** The id and error of the field at a dotted input path (`number`, `document.file`). */
  field: (path: string) => { id: string; error: string | null };
  set: (key: keyof AgreementValues) => (event: { currentTarget: { value: string } }) => void;
  onFile: (file: File | null) => void;
  /** Changes when the form is emptied, so the file input forgets its file. */
  fileKey?: number;
  /** Why a document is optional here (a correction keeps the saved one). */
  documentHint?: string;
  /** The first recording explains the number and link formats; a correction does not repeat them. */
  withHints?: boolean;
}

/** The PKS details a person types: number, signed/start/end dates and the document (file or link). */
export function AgreementFields({ values, field, set, onFile, fileKey, documentHint, withHints = false }: AgreementFieldsProps) {
  const t = useT(MPP);
  return (
    <>
      <TextField
        {...field('number')}
        label={t('pks.number')}
        description={withHints ? t('pks.numberHint') : undefined}
        required
        value={values.number}
        onChange={set('number')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          {...field('signedOn')}
          type="date"
          label={t('pks.signedOn')}
          required
          value={values.signedOn}
          onChange={set('signedOn')}
        />
        <TextField
          {...field('startsOn')}
          type="date"
          label={t('pks.startsOn')}
          required
          value={values.startsOn}
          onChange={set('startsOn')}
        />
        <TextField
          {...field('expiresOn')}
          type="date"
          label={t('pks.expiresOn')}
          required
          value={values.expiresOn}
          onChange={set('expiresOn')}
        />
      </SimpleGrid>
      {documentHint && <Text size="sm">{documentHint}</Text>}
      <FileField key={fileKey} {...field('document.file')} label={t('pks.file')} value={values.file} onChange={onFile} />
      <TextField
        {...field('document.url')}
        type="url"
        label={t('pks.url')}
        description={withHints ? t('pks.urlHint') : undefined}
        value={values.url}
        onChange={set('url')}
      />
    </>
  );
}
