import { Button, Group } from '@mantine/core';
import { useLanguage, useT, type Language } from '@simpul/web-kit';
import { PORTAL } from '../messages';

const OPTIONS: { language: Language; label: string; short: string }[] = [
  { language: 'id', label: 'Bahasa Indonesia', short: 'ID' },
  { language: 'en', label: 'English', short: 'EN' },
];

/**
 * Two toggle buttons, each labelled in its own language (and marked so with `lang`). `compact` (a
 * phone) shows "ID" / "EN"; the accessible name keeps the short label first and the full name after.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const t = useT(PORTAL);
  const [language, setLanguage] = useLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('language')}>
      {OPTIONS.map((option) => (
        <Button
          key={option.language}
          size="compact-sm"
          variant={language === option.language ? 'filled' : 'subtle'}
          color={language === option.language ? 'simpul' : 'dark'}
          lang={option.language}
          aria-pressed={language === option.language}
          onClick={() => setLanguage(option.language)}
          aria-label={compact ? `${option.short} ${option.label}` : undefined}
        >
          {compact ? option.short : option.label}
        </Button>
      ))}
    </Group>
  );
}
