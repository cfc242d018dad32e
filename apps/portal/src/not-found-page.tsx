import { Anchor } from '@mantine/core';
import { EmptyState, PageHeader } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { PORTAL } from './messages';

export function NotFoundPage() {
  const t = useT(PORTAL);
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState
        title={t('notFound.body')}
        action={
          <Anchor component={Link} to="/">
            {t('home')}
          </Anchor>
        }
      />
    </>
  );
}
