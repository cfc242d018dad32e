import { Anchor, SimpleGrid, Text, Title } from '@mantine/core';
import { Card } from '@simpul/ui/mantine-more';
import { PageHeader } from '@simpul/ui';
import { useBasePath, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { REGISTRY } from '../messages';
import { canManageUsers, isNationalAdmin } from './admin-access';
import { NotAllowed } from './not-allowed';

interface AdminCard {
  key: string;
  /** A path inside this remote, or an absolute portal path for pages other remotes own. */
  to: string;
  inRemote: boolean;
}

/** Administrasi: one card per thing to administer, each kept where its service owns it. */
export function AdminPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user } = useSession();
  const crumbs = [{ label: t('title'), to: to() }, { label: t('admin.title') }];
  if (!canManageUsers(user)) return <NotAllowed title={t('admin.title')} breadcrumbs={crumbs} reason={t('admin.notAllowed')} />;

  const cards: AdminCard[] = isNationalAdmin(user)
    ? [
        { key: 'users', to: '/admin/users', inRemote: true },
        { key: 'agencies', to: '/admin/agencies', inRemote: true },
        { key: 'audit', to: '/admin/audit', inRemote: true },
        { key: 'evaluators', to: '/evaluasi/evaluator', inRemote: false },
        { key: 'kipp', to: '/kipp/penugasan', inRemote: false },
        { key: 'plugins', to: '/plugins', inRemote: true },
      ]
    : [{ key: 'users', to: '/admin/users', inRemote: true }];

  return (
    <>
      <PageHeader
        title={t('admin.title')}
        description={t(isNationalAdmin(user) ? 'admin.description' : 'admin.descriptionOperator')}
        breadcrumbs={crumbs}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {cards.map((card) => (
          <Card key={card.key} component="li" withBorder padding="lg" radius="sm">
            <Title order={2} size="h3" mb="xs">
              <Anchor component={Link} to={card.inRemote ? to(card.to) : card.to}>
                {t(`admin.card.${card.key}`)}
              </Anchor>
            </Title>
            <Text c="dimmed">{t(`admin.card.${card.key}Description`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
