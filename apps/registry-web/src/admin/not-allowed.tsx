import { Alert, Text } from '@mantine/core';
import { PageHeader, type Crumb } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { REGISTRY } from '../messages';

/** What a person sees on an admin page that is not theirs: the reason, not an empty page. */
export function NotAllowed({ title, breadcrumbs, reason }: { title: string; breadcrumbs?: Crumb[]; reason: string }) {
  const t = useT(REGISTRY);
  return (
    <>
      <PageHeader title={title} breadcrumbs={breadcrumbs} />
      {/* The title in dark text: Mantine's yellow title on the pale background is below AA contrast. */}
      <Alert color="yellow" title={t('admin.notAllowedTitle')} styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}>
        <Text c="dark">{reason}</Text>
      </Alert>
    </>
  );
}
