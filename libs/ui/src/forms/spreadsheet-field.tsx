import { Input, Stack } from '@mantine/core';
import { SPREADSHEET_ACCEPT } from '@simpul/web-kit';

export interface SpreadsheetFieldProps {
  id: string;
  label: string;
  /** What the file must hold or how large it may be, read with the field. */
  description?: string;
  required?: boolean;
  error?: string | null;
  onChange: (file: File | null) => void;
}

/**
 * The file of an import (CSV or XLSX): the browser's own file input, reachable with Tab and announced
 * with its label, its hint and its problem, as UploadField is for documents.
 */
export function SpreadsheetField({ id, label, description, required, error, onChange }: SpreadsheetFieldProps) {
  const described = [description ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <Stack gap={4}>
      <Input.Label htmlFor={id} required={required}>
        {label}
      </Input.Label>
      {description && <Input.Description id={`${id}-hint`}>{description}</Input.Description>}
      <input
        id={id}
        type="file"
        accept={SPREADSHEET_ACCEPT}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ padding: 6, border: `1px solid ${error ? '#c92a2a' : '#868e96'}`, borderRadius: 4, maxWidth: 480 }}
      />
      {error && <Input.Error id={`${id}-error`}>{error}</Input.Error>}
    </Stack>
  );
}
