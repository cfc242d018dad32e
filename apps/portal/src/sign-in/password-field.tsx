import { type PasswordInputProps } from '@mantine/core';
import { PasswordInput } from '@simpul/ui/mantine-inputs';
import { useT } from '@simpul/web-kit';
import { PORTAL } from '../messages';

/**
 * Mantine's password input with its show/hide button named in the page's language (its built-in
 * name is English only) and the error wired like every other field (Mantine marks it only with data-invalid).
 */
export function PasswordField({
  id,
  error,
  ...rest
}: Omit<PasswordInputProps, 'id' | 'error' | 'label'> & { id: string; label: string; error?: string | null }) {
  const t = useT(PORTAL);
  return (
    <PasswordInput
      id={id}
      error={error || undefined}
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggle') }}
      {...rest}
    />
  );
}
