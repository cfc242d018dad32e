import { Group, Text } from '@mantine/core';
import { useLanguage } from '@simpul/web-kit';
import { OriginBadge, type FigureOrigin } from './origin-badge';

/** "Sumber: …" in the page's language; null when the figure has no named source. */
export function useSourceText(): (source: string | null | undefined) => string | null {
  const [language] = useLanguage();
  return (source) => (source ? `${language === 'en' ? 'Source' : 'Sumber'}: ${source}` : null);
}

/**
 * A figure's origin badge followed by its source ("Sumber: Keputusan Menteri PANRB 1035/2022") —
 * an official figure names where it was published; a demo one says only that it is demo.
 */
export function OriginWithSource({ origin, source }: { origin: FigureOrigin; source?: string | null }) {
  const sourceText = useSourceText();
  const text = origin === 'DEMO' ? null : sourceText(source);
  return (
    <Group gap="xs" wrap="wrap">
      <OriginBadge origin={origin} />
      {text && <Text size="sm">{text}</Text>}
    </Group>
  );
}
