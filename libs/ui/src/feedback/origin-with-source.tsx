import { Group, Text } from '@mantine/core';
import { useLanguage } from '@simpul/web-kit';
import { OriginBadge, type FigureOrigin } from './origin-badge';

/** "Sumber: …" in the page's language (for exports); null when the figure has no named source. */
export function useSourceText(): (source: string | null | undefined) => string | null {
  const [language] = useLanguage();
  return (source) => (source ? `${language === 'en' ? 'Source' : 'Sumber'}: ${source}` : null);
}

/**
 * A figure's origin badge followed by its source ("Sumber: Keputusan Menteri PANRB 1035/2022") —
 * an official figure names where it was published; a demo one says only that it is demo.
 */
export function OriginWithSource({ origin, source }: { origin: FigureOrigin; source?: string | null }) {
  const [language] = useLanguage();
  const shown = origin === 'DEMO' ? null : source;
  return (
    <Group gap="xs" wrap="wrap">
      <OriginBadge origin={origin} />
      {/* Sources are Indonesian titles (decrees, reports): marked as such on an English page. */}
      {shown && (
        <Text size="sm">
          {language === 'en' ? (
            <>
              Source: <span lang="id">{shown}</span>
            </>
          ) : (
            `Sumber: ${shown}`
          )}
        </Text>
      )}
    </Group>
  );
}
