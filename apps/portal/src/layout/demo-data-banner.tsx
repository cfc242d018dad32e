import { Box, Container, Text } from '@mantine/core';
import { gql, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import type { SystemStatusQuery, SystemStatusQueryVariables } from '../__generated__/operations';
import { PORTAL } from '../messages';
import { useNarrowScreen } from './use-narrow-screen';

export const SYSTEM_STATUS = gql<SystemStatusQuery, SystemStatusQueryVariables>`
  query SystemStatus {
    systemStatus {
      demoData
    }
  }
`;

/** The last answer, so a reload paints the banner at once instead of pushing the page down later. */
export const DEMO_DATA_STORAGE_KEY = 'simpul.demoData';

/** One line on every screen width: the page below never moves when the banner appears. */
export const DEMO_BANNER_HEIGHT = '2.5rem';

/** The last answer, or null when this browser never had one. */
function remembered(): boolean | null {
  try {
    const stored = window.localStorage.getItem(DEMO_DATA_STORAGE_KEY);
    return stored === null ? null : stored === 'true';
  } catch {
    return null;
  }
}

/**
 * "Data contoh": shown on every page while the installation holds demo data (registry
 * systemStatus.demoData), so nobody takes an example figure for an official one.
 */
export function DemoDataBanner() {
  const t = useT(PORTAL);
  const status = useQuery(SYSTEM_STATUS, {});
  const narrow = useNarrowScreen();
  const [lastKnown] = useState(remembered);
  const known = status.data?.systemStatus?.demoData;
  useEffect(() => {
    if (known === undefined) return;
    try {
      window.localStorage.setItem(DEMO_DATA_STORAGE_KEY, String(known));
    } catch {
      // Private mode without storage: the banner still follows the answer, only a reload may move it.
    }
  }, [known]);
  // A first visit has no last answer: the banner's place is kept while the gateway is asked, so on a
  // demo installation nothing below moves when it appears (only a real one closes the gap, once).
  if (known === undefined && lastKnown === null && status.loading) return <Box h={DEMO_BANNER_HEIGHT} aria-hidden="true" />;
  if (!(known ?? lastKnown)) return null;
  return (
    <Box
      component="section"
      aria-label={t('demoData.label')}
      bg="yellow.2"
      c="dark.9"
      h={DEMO_BANNER_HEIGHT}
      style={{ borderBottom: '2px solid var(--mantine-color-yellow-7)', overflow: 'hidden' }}
    >
      <Container size="xl" h="100%" style={{ display: 'flex', alignItems: 'center' }}>
        <Text size="sm" lh={1.2} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          <Text span fw={800}>
            {t('demoData.title')}
          </Text>{' '}
          — {narrow ? t('demoData.short') : t('demoData.text')}
        </Text>
      </Container>
    </Box>
  );
}
