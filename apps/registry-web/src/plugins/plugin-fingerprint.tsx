import { Button, Group, Text } from '@mantine/core';
import { CopyButton } from '@simpul/ui/mantine-more';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';

/** `sha256-AbCdEfGh…wXyZ=`: enough to compare by eye; the copy button gives the whole value. */
export function shortFingerprint(integrity: string): string {
  const [algorithm, digest = ''] = integrity.split(/-(.*)/s);
  if (digest.length <= 16) return integrity;
  return `${algorithm}-${digest.slice(0, 8)}…${digest.slice(-6)}`;
}

/** The SRI fingerprint the portal puts on the plugin's script tag, shortened, with a copy button. */
export function PluginFingerprint({ integrity }: { integrity: string }) {
  const t = useT(REGISTRY);
  return (
    <Group gap="sm" wrap="wrap">
      <Text span ff="monospace" title={integrity}>
        {shortFingerprint(integrity)}
      </Text>
      <CopyButton value={integrity}>
        {({ copied, copy }) => (
          <>
            <Button size="compact-sm" variant="default" onClick={copy}>
              {t('plugins.detail.copy')}
            </Button>
            {/* Said once copied, without moving focus off the button. */}
            <Text span size="sm" role="status">
              {copied ? t('plugins.detail.copied') : ''}
            </Text>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
