import { Button, Group, List, Paper, Stack, Title } from '@mantine/core';
import { LoadingState, PageHeader } from '@simpul/ui';
import { PluginSlot, useLanguage, useSession, useT } from '@simpul/web-kit';
import { lazy, Suspense, useEffect } from 'react';
import { Link } from 'react-router';
import { PORTAL } from '../messages';
import { useManifest } from '../remotes/manifest-context';
import { shouldHandOverToFrontDoor } from './front-door-handover';

// The signed-in parts (tasks, the desk's indicators) are chunks a visitor never downloads.
const MyTasks = lazy(() => import('./tasks/my-tasks').then((module) => ({ default: module.MyTasks })));
const MyUnitGlance = lazy(() => import('./my-unit-glance').then((module) => ({ default: module.MyUnitGlance })));

const ABILITIES = {
  NATIONAL_ADMIN: ['home.NATIONAL_ADMIN.1', 'home.NATIONAL_ADMIN.2', 'home.NATIONAL_ADMIN.3', 'home.NATIONAL_ADMIN.4'],
  EVALUATOR: ['home.EVALUATOR.1', 'home.EVALUATOR.2'],
  MPP_OPERATOR: ['home.MPP_OPERATOR.1', 'home.MPP_OPERATOR.2'],
  UNIT_DESK: ['home.UNIT_DESK.1', 'home.UNIT_DESK.2', 'home.UNIT_DESK.3'],
} as const;

/**
 * Greets the person by role; signed in, shows their task list first with the modules below it, a desk its
 * unit's indicators, and says in plain words what they can do here.
 */
export function HomePage() {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const { user, checking } = useSession();
  const { remotes } = useManifest();
  // Signed out, the national figures are the front door's own page (front-door-handover.ts); this
  // home stays as the fallback when the server had none to give.
  const handOver = !user && !checking && shouldHandOverToFrontDoor();
  useEffect(() => {
    if (handOver) window.location.replace('/');
  }, [handOver]);
  const abilities = user ? ABILITIES[user.role] : (['home.public.browse', 'home.public.signIn'] as const);
  const modules = (
    <Group>
      {remotes.map((remote) => (
        <Button key={remote.name} component={Link} to={remote.routes} size="md">
          {t('home.open', { title: remote.title[language] })}
        </Button>
      ))}
      {!user && (
        <Button component={Link} to="/sign-in" size="md" variant="default">
          {t('signIn')}
        </Button>
      )}
    </Group>
  );

  // Nothing drawn while the page is replaced: no home flashes before the front door.
  if (handOver) return null;
  return (
    <Stack>
      <PageHeader
        title={user ? t('home.title', { name: user.displayName }) : t('home.titlePublic')}
        description={user ? t('home.role', { role: t(`role.${user.role}`) }) : t('home.rolePublic')}
      />
      {/* Signed in, the person's own work comes first and the modules right below it. */}
      {user && (
        <Suspense fallback={<LoadingState />}>
          <MyTasks />
        </Suspense>
      )}
      {/* The agency's approved desk plugins (issue #15), right below the desk's own tasks. */}
      {user?.role === 'UNIT_DESK' && user.serviceUnit && <PluginSlot page="DESK_HOME" serviceUnitId={user.serviceUnit.id} />}
      {user && modules}
      {user?.serviceUnit && (
        <Suspense fallback={<LoadingState />}>
          <MyUnitGlance unitId={user.serviceUnit.id} />
        </Suspense>
      )}
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('home.canDo')}
        </Title>
        <List spacing="xs" size="lg">
          {abilities.map((key) => (
            <List.Item key={key}>{t(key, { unit: user?.serviceUnit?.name ?? '' })}</List.Item>
          ))}
        </List>
      </Paper>
      {!user && modules}
    </Stack>
  );
}
