import { Button, Group } from '@mantine/core';
import { useLanguage, useT, type Language } from '@simpul/web-kit';
import { PORTAL } from '../messages';

const OPTIONS: { language: Language; label: string }[] = [
  { language: 'id', label: 'Bahasa Indonesia' },
  { language: 'en', label: 'English' },
];

/** Two toggle buttons, each labelled in its own language (and marked so with `lang`). */
export function LanguageSwitch() {
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
        >
          {option.label}
        </Button>
      ))}
    </Group>
  );
}
