import { Button, Group, Text } from '@mantine/core';
import { useLanguage, useT } from '@simpul/web-kit';
import { F01 } from '../f01-messages';
import type { ClaimSaveState } from './use-claim-autosave';
import { saveTime } from './save-time';

/**
 * Beside each claim: "Menyimpan…", "Tersimpan 10:42", or "Gagal menyimpan — coba lagi" with a button
 * to try again. A polite live region, so a screen reader hears the outcome without losing its place.
 */
export function ClaimSaveStatus({ code, state, onRetry }: { code: string; state: ClaimSaveState; onRetry: () => void }) {
  const t = useT(F01);
  const [language] = useLanguage();
  const text =
    state.kind === 'saving' || state.kind === 'pending'
      ? t('save.saving')
      : state.kind === 'saved'
        ? t('save.saved', { time: saveTime(state.at, language) })
        : state.kind === 'failed'
          ? t('save.failed')
          : state.kind === 'incomplete'
            ? t('save.incomplete')
            : '';
  return (
    <Group gap="xs" data-testid={`save-status-${code}`}>
      <Text size="sm" aria-live="polite" c={state.kind === 'failed' ? 'red.8' : undefined}>
        {text}
      </Text>
      {state.kind === 'failed' && (
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('save.retry', { code })}
        </Button>
      )}
    </Group>
  );
}
