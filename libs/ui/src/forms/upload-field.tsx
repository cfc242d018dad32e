import { Button, Group, Input, Stack, Text } from '@mantine/core';
import { checkUploadFile, formatBytes, UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, type Translate } from '@simpul/web-kit';
import { useRef } from 'react';

export interface UploadFieldProps {
  id: string;
  label: string;
  value: File | null;
  error?: string | null;
  onChange: (file: File | null) => void;
}

/**
 * A document upload: the browser's own file input (reachable with Tab, opened with Space or
 * Enter, announced with its label by every screen reader), the accepted types and size stated
 * beside it, the chosen file's name and size, and the problem with it as soon as it is chosen.
 * The form still checks again on submit and maps the server's verdict onto `error`. Its words come
 * from the remote's catalogue (`t`, keys `file.*`) and numbers from its formats (`formatNumber`).
 */
export function UploadField({
  id,
  label,
  value,
  error,
  onChange,
  t,
  formatNumber,
}: UploadFieldProps & { t: Translate; formatNumber: (value: number, digits?: number) => string }) {
  const input = useRef<HTMLInputElement>(null);
  const problem = error || (value ? checkUploadFile(value, t) : null);
  const described = [`${id}-hint`, problem ? `${id}-error` : null, value ? `${id}-chosen` : null].filter(Boolean).join(' ');
  const size = (bytes: number) => formatBytes(bytes, formatNumber);
  return (
    <Stack gap={4}>
      <Input.Label htmlFor={id}>{label}</Input.Label>
      <Input.Description id={`${id}-hint`}>{t('file.limits', { max: size(UPLOAD_MAX_BYTES) })}</Input.Description>
      <input
        ref={input}
        id={id}
        type="file"
        accept={UPLOAD_ACCEPT}
        aria-describedby={described}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ padding: 6, border: `1px solid ${problem ? '#c92a2a' : '#868e96'}`, borderRadius: 4, maxWidth: 480 }}
      />
      {problem && <Input.Error id={`${id}-error`}>{problem}</Input.Error>}
      {value && (
        <Group gap="sm">
          <Text id={`${id}-chosen`} size="sm" aria-live="polite">
            {t('file.chosen', { name: value.name, size: size(value.size) })}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              if (input.current) input.current.value = '';
              onChange(null);
              input.current?.focus();
            }}
          >
            {t('file.remove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
