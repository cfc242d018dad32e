import { Button } from '@mantine/core';
import { useLanguage, useT } from '@simpul/web-kit';
import { SKM } from '../messages';

/** The form's own switch, because a phone that opened a QR link may not show the portal's header. */
export function LanguageSwitch() {
  const [language, setLanguage] = useLanguage();
  const t = useT(SKM);
  const next = language === 'id' ? 'en' : 'id';
  return (
    // flexShrink 0: beside a long title on a 360 px phone the button was squeezed and "English" clipped.
    <Button
      variant="default"
      size="compact-md"
      onClick={() => setLanguage(next)}
      lang={next}
      aria-label={t('language.switchLabel')}
      style={{ flexShrink: 0 }}
    >
      {t('language.other')}
    </Button>
  );
}
